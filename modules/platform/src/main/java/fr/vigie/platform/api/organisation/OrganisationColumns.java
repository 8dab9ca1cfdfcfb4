package fr.vigie.platform.api.organisation;

/**
 * How a module's list row names its organisation, for {@link CaseOrganisations}: the directory id it
 * holds, its own copies (the fallback) and how to rebuild the row with what is to be shown. Written
 * once per row type, beside the row.
 */
public interface OrganisationColumns<T> {
    /** The directory id, null when the row has none. */
    Long organisationId(T row);

    String copiedName(T row);

    String copiedNumber(T row);

    /** The row carrying the name and number to show. */
    T withOrganisation(T row, CaseOrganisation organisation);
}
