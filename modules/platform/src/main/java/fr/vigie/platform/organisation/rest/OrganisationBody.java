package fr.vigie.platform.organisation.rest;

import fr.vigie.platform.organisation.application.OrganisationForm;

/**
 * The JSON of a registration ({@code POST}) or a correction ({@code PUT}, with the version read and
 * a reason).
 */
public record OrganisationBody(
        String siren,
        String headOfficeSiret,
        String name,
        String legalForm,
        String naf,
        String country,
        Long parentId,
        String contactName,
        String contactEmail,
        Long version,
        String reason) {
    OrganisationForm form() {
        return new OrganisationForm(
                siren, headOfficeSiret, name, legalForm, naf, country, parentId, contactName, contactEmail);
    }
}
