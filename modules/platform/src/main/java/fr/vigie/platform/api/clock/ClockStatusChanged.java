package fr.vigie.platform.api.clock;

import java.time.LocalDate;

/**
 * Published (CDI event) after a clock's status changed, whether by an action on the clock, a
 * calendar change or the passing of time (status job). Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to react only to committed changes.
 *
 * @param clock    the clock
 * @param caseRef  its case, {@code module:reference}
 * @param policyCode its policy
 * @param owner    the clock's owner
 * @param before   the previous status
 * @param after    the new status
 * @param dueDate  the due date now
 */
public record ClockStatusChanged(
        ClockId clock,
        String caseRef,
        String policyCode,
        String owner,
        ClockState before,
        ClockState after,
        LocalDate dueDate) {}
