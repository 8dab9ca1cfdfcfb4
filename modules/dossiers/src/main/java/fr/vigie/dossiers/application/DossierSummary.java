package fr.vigie.dossiers.application;

import java.time.LocalDate;

/** One row of the instructors' list. */
public record DossierSummary(
        String reference,
        String procedure,
        String status,
        String title,
        String organisation,
        String instructor,
        LocalDate submittedOn,
        LocalDate completeOn,
        LocalDate stageDueOn,
        String stage,
        long elapsedDays,
        int targetMonths) {}
