package fr.vigie.dossiers.domain;

/**
 * The form in which data are asked for. Anonymised data are preferred (Art. 66(2)); pseudonymised
 * data must be justified. The EHDS report target depends on it (8 months to access to
 * pseudonymised data, 9 for anonymised data): the periods are the target policies' in the clock
 * catalogue, chosen by {@code DossierClocks.targetPolicy}.
 */
public enum DataForm {
    PSEUDONYMISED,
    ANONYMISED
}
