package fr.vigie.dossiers.application;

/** The list's filters; null or blank means "any". {@code text} matches the reference, title or organisation (or a SIREN). */
public record DossierFilter(String status, String procedure, String instructor, String text, boolean openOnly) {
    public static DossierFilter none() {
        return new DossierFilter(null, null, null, null, false);
    }
}
