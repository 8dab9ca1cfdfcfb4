package fr.vigie.platform.api.organisation;

import java.util.Optional;

/**
 * The organisation a case names, as the case's file shows it (ADR 7 step 1): its current name and
 * SIREN read from the directory when the case holds a directory id, else the case's own copy (a
 * foreign organisation without a SIREN, a case not yet linked by the backfill).
 *
 * <p>The case's copied number is kept when it belongs to the directory's SIREN: a case may name an
 * establishment (SIRET), which the directory does not hold. A unit whose name the register does not
 * publish ({@code partlyPublic}) keeps the name typed in the case.
 *
 * @param id     the directory id, null when the case has none or the directory no longer knows it
 *               (then the file shows no link to the organisation's page)
 * @param name   the name to show
 * @param number the SIREN or SIRET to show, null when none
 */
public record CaseOrganisation(Long id, String name, String number) {

    /** Reads the organisation through {@link OrganisationDirectory#find} when the case has an id. */
    public static CaseOrganisation read(
            OrganisationDirectory directory, Optional<Long> id, String copiedName, String copiedNumber) {
        return of(id.flatMap(directory::find), copiedName, copiedNumber);
    }

    /**
     * The organisation shown for a case whose directory record has already been read ({@code found},
     * empty when the case has no id or the directory no longer knows it): the one rule both
     * {@link #read} and {@link CaseOrganisations#resolve} apply.
     */
    public static CaseOrganisation of(Optional<OrganisationSummary> found, String copiedName, String copiedNumber) {
        return found.map(o -> new CaseOrganisation(
                        o.id(), o.name() == null ? copiedName : o.name(), number(o.siren(), copiedNumber)))
                .orElseGet(() -> new CaseOrganisation(null, copiedName, copiedNumber));
    }

    private static String number(String siren, String copied) {
        if (siren == null || (copied != null && copied.startsWith(siren))) {
            return copied;
        }
        return siren;
    }
}
