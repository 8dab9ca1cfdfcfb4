package fr.vigie.dossiers.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The application form as JSON. Enumerations travel as their names ({@code procedure}:
 * {@code NATIONAL}, {@code EHDS_ACCESS_APPLICATION}, {@code EHDS_DATA_REQUEST}; {@code purpose}:
 * {@code A_PUBLIC_HEALTH} ... {@code F_CARE_IMPROVEMENT}; {@code declarations}: {@code A_...} to
 * {@code E_...}; {@code dataForm}: {@code PSEUDONYMISED} or {@code ANONYMISED}). A draft may leave
 * anything but the procedure empty; submission checks everything.
 */
public record ApplicationRequest(
        @NotBlank String procedure,
        @Size(max = 300) String title,
        @Size(max = 300) String organisationName,
        String organisationCountry,
        String siren,
        Boolean publicBody,
        @Size(max = 300) String principalInvestigator,
        List<String> namedPersons,
        String purpose,
        String purposeDescription,
        List<String> declarations,
        String dataSources,
        String dataCategories,
        String dataForm,
        String dataFormJustification,
        String ethicsAssessment,
        Integer requestedMonths,
        String processingEnvironment,
        Boolean submit) {}
