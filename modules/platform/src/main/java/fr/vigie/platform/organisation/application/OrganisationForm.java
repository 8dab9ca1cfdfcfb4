package fr.vigie.platform.organisation.application;

/**
 * What a person types to register or correct an organisation. Blank means "none"; {@code country}
 * defaults to FR.
 */
public record OrganisationForm(
        String siren,
        String headOfficeSiret,
        String name,
        String legalForm,
        String naf,
        String country,
        Long parentId,
        String contactName,
        String contactEmail) {}
