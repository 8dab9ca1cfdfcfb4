package fr.vigie.platform.organisation.application;

/**
 * One legal unit read from the SIRENE stock file, checked and ready to store.
 *
 * @param line          the file line where its row starts (for reports)
 * @param name          null for a partly-public natural person: its name is never kept
 * @param partlyPublic  {@code statutDiffusionUniteLegale = P}
 */
public record SireneUnit(
        long line,
        String siren,
        String headOfficeSiret,
        String name,
        String legalForm,
        String naf,
        boolean active,
        boolean partlyPublic) {}
