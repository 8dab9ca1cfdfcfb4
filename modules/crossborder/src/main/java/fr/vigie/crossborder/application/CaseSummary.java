package fr.vigie.crossborder.application;

import java.time.LocalDate;

/** A row of the cross-border case list. */
public record CaseSummary(
        String reference,
        LocalDate openedOn,
        String role,
        String lead,
        String organisationName,
        String rules,
        String procedure,
        String stage,
        LocalDate investigationDueOn) {}
