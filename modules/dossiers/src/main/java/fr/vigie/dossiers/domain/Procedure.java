package fr.vigie.dossiers.domain;

/**
 * The procedure a dossier follows. The national procedure (loi 78-17 art. 66 and 76) goes through
 * the committee's opinion before the authority decides; the EHDS procedures (Regulation (EU)
 * 2025/327) are a data access application (Art. 67, leading to a data permit) or a data request
 * for anonymised statistics (Art. 69).
 */
public enum Procedure {
    NATIONAL,
    EHDS_ACCESS_APPLICATION,
    EHDS_DATA_REQUEST;

    public boolean isEhds() {
        return this != NATIONAL;
    }
}
