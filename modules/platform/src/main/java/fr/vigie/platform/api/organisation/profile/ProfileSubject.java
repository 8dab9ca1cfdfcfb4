package fr.vigie.platform.api.organisation.profile;

/**
 * The organisation a profile is about, as the directory knows it. Modules that do not store the
 * directory id yet match their cases by {@code siren} (and by SIRET where they keep one: a SIRET's
 * first nine digits are its SIREN).
 *
 * @param directoryId the directory's identifier
 * @param siren       9 digits; null for a foreign organisation (no French case can then be matched by number)
 */
public record ProfileSubject(long directoryId, String siren) {
    public boolean hasSiren() {
        return siren != null && !siren.isBlank();
    }
}
