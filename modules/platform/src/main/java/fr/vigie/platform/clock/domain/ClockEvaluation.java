package fr.vigie.platform.clock.domain;

import java.time.LocalDate;

/**
 * A tracked clock as it stands on one day (see {@link ClockFacts#evaluateOn}; the rules applied
 * to reach the due date are explained by {@link ClockFacts#explainOn}).
 *
 * @param dueDate       the last day of the period; it expires at the end of that day
 * @param atRiskFrom    the first day the clock shows as at risk
 * @param status        the status on that day
 * @param suspended     true if the clock is suspended on that day
 * @param suspendedDays the suspended calendar days counted in the due date
 */
public record ClockEvaluation(
        LocalDate dueDate, LocalDate atRiskFrom, ClockStatus status, boolean suspended, long suspendedDays) {}
