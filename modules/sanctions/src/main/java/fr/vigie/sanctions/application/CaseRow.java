package fr.vigie.sanctions.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the lists of formal notices and cases (both kinds, {@code kind} = {@link #NOTICE} or
 * {@link #CASE}).
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
        BigDecimal fine) {
    /** The {@link #kind()} of a formal notice's line. */
    public static final String NOTICE = "NOTICE";
    /** The {@link #kind()} of a sanction case's line. */
    public static final String CASE = "CASE";
}
