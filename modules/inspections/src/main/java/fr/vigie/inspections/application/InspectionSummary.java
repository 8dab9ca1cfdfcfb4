package fr.vigie.inspections.application;

import java.time.LocalDate;

/** One row of the inspection list. */
public record InspectionSummary(
        String reference,
        String status,
        String origin,
        String type,
        String theme,
        int year,
        int quarter,
        String organisationName,
        String organisationNumber,
        String lead,
        LocalDate openedOn,
        LocalDate nextDeadline,
        String outcome) {}
