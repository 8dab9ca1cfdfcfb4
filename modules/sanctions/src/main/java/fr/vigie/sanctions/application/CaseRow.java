package fr.vigie.sanctions.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the lists of formal notices and cases (both kinds, {@code kind} = NOTICE or CASE).
 */
public record CaseRow(
        String kind,
        String reference,
        String procedure,
        String status,
        String organisation,
        String organisationNumber,
        String rapporteur,
        LocalDate openedOn,
        LocalDate nextDueOn,
        LocalDate hearingOn,
        BigDecimal fine) {}
