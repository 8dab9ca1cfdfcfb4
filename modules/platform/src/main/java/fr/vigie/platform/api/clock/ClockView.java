package fr.vigie.platform.api.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * A clock as screens and other modules read it.
 *
 * @param id               the clock
 * @param caseRef          the case it runs on, {@code module:reference}
 * @param policyCode       the legal policy, e.g. {@code GDPR_ART_78_2_INFORM_COMPLAINANT}
 * @param policyVersion    the policy version the clock started under
 * @param title            the policy's title
 * @param legalSource      the article the deadline comes from, e.g. "GDPR Art. 78(2)"
 * @param period           the clock's period, e.g. "3 months": the policy's at that version, or
 *                         the one chosen for the case
 * @param periodChosen     true if the period was chosen for the case (within the policy's bounds)
 * @param owner            the user warned when the clock is at risk or breached
 * @param startEvent       the day of the start event
 * @param dueDate          the last day (the period expires at its end)
 * @param atRiskFrom       the first day the clock is shown at risk
 * @param daysLeft         calendar days from today to the due date (negative once breached)
 * @param state            the stored status
 * @param suspended        true while a suspension is open
 * @param suspendable      true if the policy allows suspensions
 * @param extensionsLeft   how many more extensions the policy allows
 * @param endedOn          the day it was met or stopped, or null
 * @param version          optimistic-lock version, to send back with any change
 * @param events           the history, oldest first
 */
public record ClockView(
        ClockId id,
        String caseRef,
        String policyCode,
        int policyVersion,
        String title,
        String legalSource,
        String period,
        boolean periodChosen,
        String owner,
        LocalDate startEvent,
        LocalDate dueDate,
        LocalDate atRiskFrom,
        long daysLeft,
        ClockState state,
        boolean suspended,
        boolean suspendable,
        int extensionsLeft,
        LocalDate endedOn,
        long version,
        List<ClockEventView> events) {

    public ClockView {
        events = List.copyOf(events);
    }

    /** True while the clock can still be suspended, resumed, extended, met or stopped. */
    public boolean isOpen() {
        return endedOn == null;
    }
}
