package fr.vigie.platform.api.organisation;

/**
 * An organisation of the directory as other modules and lists see it. {@code name} is null for a
 * unit the register publishes only partly ({@code partlyPublic}): its personal name is never shown.
 *
 * @param id              the directory's identifier, by which other modules refer to it
 * @param siren           9 digits, null for a foreign organisation
 * @param headOfficeSiret 14 digits, when known
 * @param legalForm       INSEE legal category (4 digits), when known
 * @param naf             NAF rev. 2 sector, e.g. {@code 62.01Z}, when known
 * @param country         ISO 3166 alpha-2
 * @param active          false when the register says the unit has ceased
 * @param parentId        the group it belongs to, if any
 * @param version         for optimistic locking of corrections
 */
public record OrganisationSummary(
        long id,
        String siren,
        String headOfficeSiret,
        String name,
        boolean partlyPublic,
        String legalForm,
        String naf,
        String country,
        boolean active,
        Long parentId,
        long version) {}
