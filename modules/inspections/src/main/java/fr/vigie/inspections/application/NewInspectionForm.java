package fr.vigie.inspections.application;

import java.time.LocalDate;

/**
 * What a person types to open an inspection (page or API). Breach fields are read only for the
 * origin BREACH_NOTIFICATION; origin case only for COMPLAINT.
 */
public record NewInspectionForm(
        String origin,
        String originCase,
        String type,
        String theme,
        Integer year,
        Integer quarter,
        String organisationName,
        String organisationNumber,
        String organisationCountry,
        boolean sensitiveData,
        boolean minors,
        String subject,
        LocalDate breachKnownOn,
        LocalDate breachNotifiedOn,
        Integer breachPeopleAffected,
        String breachDataCategories) {}
