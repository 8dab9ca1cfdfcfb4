package fr.vigie.platform.api.clock;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The legal clocks of cases, for every module. Each change is recorded in the clock's history
 * and in the audit trail, in the caller's transaction, and recomputes the clock's due date and
 * status. Changes name the version of the clock the person saw: if it changed since, nothing is
 * written and a {@link fr.vigie.platform.api.ConflictException} is thrown.
 *
 * <p>Refusals are {@link fr.vigie.platform.api.DomainException}s naming the input field at
 * fault ({@code policy}, {@code startEvent}, {@code owner}, {@code date}, {@code amount},
 * {@code unit}, {@code reason}), with messages in bundle {@code fr.vigie.platform.i18n.clocks}.
 * Who may change the clocks of a module's cases: administrators and the roles configured in
 * {@code vigie.clocks.roles.<module>} (see {@code ClockPermissions}).
 */
public interface LegalClocks {

    /**
     * Starts a clock on a case under the current version of a policy.
     *
     * @param policyCode    a code of {@code PolicyCodes}
     * @param startEvent    the day of the start event (not counted); for a period counted back,
     *                      the later event (e.g. the hearing)
     * @param ownerUsername the user to warn when the clock is at risk or breached
     */
    ClockId start(CaseRef caseRef, String policyCode, LocalDate startEvent, String ownerUsername);

    /**
     * Starts a clock on a case for a period chosen for that case (the compliance deadline set in
     * a formal notice, the term of a data permit), under the current version of a policy whose
     * text bounds the period (a minimum, a maximum or both). The period is checked against the
     * bounds from {@code startEvent} and kept on the clock: every later recomputation (status job,
     * calendar change, act on the clock) counts from it, and the clock's view and history show it.
     * Refused on field {@code amount} when the period is outside the bounds (the message names the
     * bound and its legal source) or when the policy's period is fixed by law, on {@code unit}
     * when the unit is unknown.
     *
     * @param amount the chosen period's amount (1 or more)
     * @param unit   {@code days}, {@code working_days}, {@code weeks}, {@code months} or {@code years}
     */
    ClockId start(
            CaseRef caseRef, String policyCode, LocalDate startEvent, String ownerUsername, int amount, String unit);

    /** Suspends the clock from {@code from} (the first suspended day, today or earlier). */
    void suspend(ClockId clock, long expectedVersion, LocalDate from, String reason);

    /** Ends the open suspension: the clock runs again from {@code on} (today or earlier). */
    void resume(ClockId clock, long expectedVersion, LocalDate on, String reason);

    /**
     * Extends the period, within the policy's extension rule.
     *
     * @param unit {@code days}, {@code working_days}, {@code weeks}, {@code months} or {@code years}
     */
    void extend(ClockId clock, long expectedVersion, int amount, String unit, String reason);

    /**
     * Extends the period by the length its policy's text gives one extension (Art. 68(4) EHDS: by
     * three months; loi 78-17 art. 66: by two months), so that no module writes that length itself.
     * Refused like {@link #extend} when no further extension is allowed, and on field {@code amount}
     * when the text leaves the length to the deciding person (use {@link #extend} then).
     */
    void extendByTheLegalLength(ClockId clock, long expectedVersion, String reason);

    /**
     * The last day a period chosen for a case may reach from {@code start} under the policy's
     * maximum (a data permit's term: 10 years, Art. 68(12)), or empty when the policy sets none.
     */
    Optional<LocalDate> latestChosenEnd(String policyCode, LocalDate start);

    /** The expected act happened on {@code on}: the clock ends as met (late if after the due date). */
    void meet(ClockId clock, long expectedVersion, LocalDate on, String reason);

    /** The act is no longer needed: the clock ends as stopped. */
    void stop(ClockId clock, long expectedVersion, LocalDate on, String reason);

    /**
     * Hands the open clocks of a case to another owner (the case was reassigned), so that
     * at-risk and breach warnings reach the person now in charge. Recorded in each clock's
     * history and in the audit trail; clocks already ended keep their owner.
     *
     * @return how many clocks changed owner
     */
    int reassignOwner(CaseRef caseRef, String newOwnerUsername, String reason);

    /** The clocks of a case, oldest first, each with its history. */
    List<ClockView> clocksOf(CaseRef caseRef);

    /** One clock. */
    ClockView clock(ClockId clock);
}
