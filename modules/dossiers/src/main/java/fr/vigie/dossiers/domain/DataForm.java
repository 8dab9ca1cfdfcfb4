package fr.vigie.dossiers.domain;

/**
 * The form in which data are asked for. Anonymised data are preferred (Art. 66(2)); pseudonymised
 * data must be justified. The EHDS report target depends on it: 8 months to access to
 * pseudonymised data (3 + 3 + 2), 9 months for anonymised data (3 + 3 + 3).
 */
public enum DataForm {
    PSEUDONYMISED(8),
    ANONYMISED(9);

    private final int targetMonths;

    DataForm(int targetMonths) {
        this.targetMonths = targetMonths;
    }

    /** Months from the complete application to effective access, the report target. */
    public int targetMonths() {
        return targetMonths;
    }
}
