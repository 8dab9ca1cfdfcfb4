package fr.vigie.platform.api.organisation.profile;

/**
 * The organisation a profile is about, as the directory knows it. Modules match their cases by the
 * directory id they store ({@code organisation_id}, ADR 7); a case not linked yet (id still null: the
 * backfill has not reached it, or it was seeded outside the use cases) is matched by {@code siren}
 * (by a SIRET's first nine digits where the module keeps a SIRET).
 *
 * @param directoryId the directory's identifier
 * @param siren       9 digits; null for a foreign organisation (its unlinked cases cannot be matched by number)
 */
public record ProfileSubject(long directoryId, String siren) {
    public boolean hasSiren() {
        return siren != null && !siren.isBlank();
    }

    /** The SIREN to bind beside the id, null when there is none (a {@code = NULL} comparison matches nothing). */
    public String sirenOrNull() {
        return hasSiren() ? siren : null;
    }
}
