package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about one tracked clock: its policy (at the version it started under), its
 * start event, its suspensions and extensions, and how it ended. Everything else (due date,
 * at-risk day, status) is derived from these facts by {@link #evaluateOn}.
 *
 * <p>Why one evaluation shared by everyone: the tracking layer stores the due date and status
 * for reports, and recomputes them on every event, on calendar changes and in the status job,
 * partly one clock at a time and partly in batches. If each path computed on its own they
 * would drift apart; this record is the single rule they all call.
 *
 * @param policy      the policy at the version the clock started under
 * @param period      the clock's period: the policy's own, or the one chosen for the case within
 *                    the policy's bounds (a formal notice's deadline, a permit's term)
 * @param startEvent  the day of the start event (for a period counted back, the later event)
 * @param openedOn    the day the clock was recorded: the at-risk warning of a period counted
 *                    back runs from it, since its "start" lies in the future
 * @param suspensions the suspensions recorded on the clock
 * @param extensions  the extensions granted, in order
 * @param outcome     how the clock ended, or {@link ClockOutcome#PENDING}
 */
public record ClockFacts(
        LegalPolicy policy,
        Period period,
        LocalDate startEvent,
        LocalDate openedOn,
        Suspensions suspensions,
        List<Period> extensions,
        ClockOutcome outcome) {

    public ClockFacts {
        Require.present(policy, "policy of the clock");
        Require.present(period, "period of the clock");
        Require.date(startEvent, "start event date");
        Require.date(openedOn, "day the clock was opened");
        Require.present(suspensions, "suspensions of the clock");
        extensions = List.copyOf(Require.present(extensions, "extensions of the clock"));
        Require.present(outcome, "outcome of the clock");
    }

    /** Facts of a clock that runs for its policy's own period. */
    public ClockFacts(
            LegalPolicy policy,
            LocalDate startEvent,
            LocalDate openedOn,
            Suspensions suspensions,
            List<Period> extensions,
            ClockOutcome outcome) {
        this(
                policy,
                Require.present(policy, "policy of the clock").period(),
                startEvent,
                openedOn,
                suspensions,
                extensions,
                outcome);
    }

    /** A clock just started for its policy's period: no suspension, no extension, still pending. */
    public static ClockFacts started(LegalPolicy policy, LocalDate startEvent, LocalDate openedOn) {
        return new ClockFacts(policy, startEvent, openedOn, Suspensions.none(), List.of(), ClockOutcome.PENDING);
    }

    /**
     * A clock just started for a period chosen for its case, checked against the policy's
     * bounds ({@link LegalPolicy#requireChosenPeriod}) from the start event.
     */
    public static ClockFacts startedFor(
            LegalPolicy policy, Period chosen, LocalDate startEvent, LocalDate openedOn, HolidayCalendar calendar) {
        Require.present(policy, "policy of the clock");
        Require.date(startEvent, "start event date");
        policy.requireChosenPeriod(startEvent, chosen, calendar);
        return new ClockFacts(
                policy, chosen, startEvent, openedOn, Suspensions.none(), List.of(), ClockOutcome.PENDING);
    }

    /** True if the clock runs for a period chosen for its case rather than the policy's own. */
    public boolean periodChosen() {
        return !period.equals(policy.period());
    }

    /**
     * The clock as it stands on {@code today}: the last day (an open suspension counted up to
     * {@code today}, so the date shown is the earliest it can still be), the first at-risk day
     * and the status.
     */
    public ClockEvaluation evaluateOn(LocalDate today, HolidayCalendar calendar) {
        Require.date(today, "date of today");
        long suspendedDays = suspensions.suspendedDaysAsOf(today);
        LocalDate lastDay = policy.lastDay(period, startEvent, extensions, suspendedDays, calendar);
        LocalDate anchor = lastDay.isBefore(startEvent) ? earlier(openedOn, lastDay) : startEvent;
        LocalDate atRiskFrom = policy.atRiskFrom(anchor, lastDay);
        boolean suspendedToday = suspensions.isSuspendedOn(today);
        ClockStatus status =
                ClockStatus.derive(today, lastDay, atRiskFrom, suspendedToday, outcome, policy.expiryEffect());
        return new ClockEvaluation(
                lastDay, atRiskFrom, status, suspendedToday && outcome == ClockOutcome.PENDING, suspendedDays);
    }

    /**
     * How the last day of {@link #evaluateOn} is reached, rule by rule, with explanations (for
     * screens; the evaluation itself skips the explanations, which cost most of its time).
     */
    public DeadlineComputation explainOn(LocalDate today, HolidayCalendar calendar) {
        Require.date(today, "date of today");
        return policy.computeDeadline(period, startEvent, extensions, suspensions.suspendedDaysAsOf(today), calendar);
    }

    /** These facts with one more suspension starting on {@code from} (refused if it overlaps one). */
    public ClockFacts suspendedFrom(LocalDate from) {
        requirePending("suspended");
        if (!policy.isSuspendable()) {
            throw new ClockRuleException(
                    "clock.suspension.notAllowed", "The deadline under %s cannot be suspended", policy.legalSource());
        }
        if (from.isBefore(startEvent)) {
            throw new ClockRuleException(
                    "clock.suspension.beforeStart",
                    "A suspension cannot start on %s, before the start event on %s",
                    from,
                    startEvent);
        }
        return new ClockFacts(policy, period, startEvent, openedOn, suspensions.suspendFrom(from), extensions, outcome);
    }

    /** These facts with the open suspension ended: the clock runs again from {@code resumedOn}. */
    public ClockFacts resumedOn(LocalDate resumedOn) {
        requirePending("resumed");
        return new ClockFacts(
                policy, period, startEvent, openedOn, suspensions.resumeOn(resumedOn), extensions, outcome);
    }

    /** These facts with one more extension, checked against the policy's extension rule. */
    public ClockFacts extendedBy(Period extension) {
        requirePending("extended");
        policy.requireExtensionAllowed(extensions, extension);
        List<Period> granted = new java.util.ArrayList<>(extensions);
        granted.add(extension);
        return new ClockFacts(policy, period, startEvent, openedOn, suspensions, granted, outcome);
    }

    /** These facts, ended with {@code ending} (met or stopped). */
    public ClockFacts endedAs(ClockOutcome ending) {
        requirePending(ending == ClockOutcome.MET ? "met" : "stopped");
        if (ending == ClockOutcome.PENDING) {
            throw new ClockRuleException("clock.outcome.notAnEnding", "PENDING is not a way for a clock to end");
        }
        return new ClockFacts(policy, period, startEvent, openedOn, suspensions, extensions, ending);
    }

    private void requirePending(String verb) {
        if (outcome != ClockOutcome.PENDING) {
            throw new ClockRuleException(
                    "clock.ended", "The clock has already ended (%s): it cannot be %s any more", outcome, verb);
        }
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
