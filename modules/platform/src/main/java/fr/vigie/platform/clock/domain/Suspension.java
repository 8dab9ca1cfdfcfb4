package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time during which a clock stood still, e.g. while the applicant completes a
 * dossier. It starts on {@link #from()}, the first suspended day, and ends on the day the clock
 * resumes, or is still open.
 *
 * <p>Counting convention, chosen so that day counts add up without gaps or double counting:
 * the suspended days are those from {@code from} included to {@code resumedOn} excluded
 * (a half-open interval). A request sent on 2 March that is answered on 10 March suspends the
 * clock for 8 days; the clock runs again on 10 March. A suspension that resumes the day it
 * starts suspends nothing. An open suspension counted "as of" a date counts the days before
 * that date, i.e. as if the clock resumed that day: the due date shown today is the earliest
 * it can still be.
 */
public final class Suspension {

    private final LocalDate from;
    private final LocalDate resumedOn;

    private Suspension(LocalDate from, LocalDate resumedOn) {
        this.from = Require.date(from, "first day of the suspension");
        if (resumedOn != null && resumedOn.isBefore(from)) {
            throw new ClockRuleException(
                    "clock.suspension.endBeforeStart",
                    "A suspension cannot resume on %s, before it started on %s",
                    resumedOn,
                    from);
        }
        this.resumedOn = resumedOn;
    }

    /** A suspension starting on {@code from} and still running. */
    public static Suspension openFrom(LocalDate from) {
        return new Suspension(from, null);
    }

    /** A suspension from {@code from} (suspended) to {@code resumedOn} (the clock runs again). */
    public static Suspension between(LocalDate from, LocalDate resumedOn) {
        return new Suspension(from, Require.date(resumedOn, "day the clock resumes"));
    }

    /** This suspension, ended: the clock runs again from {@code resumedOn}. */
    public Suspension resume(LocalDate resumedOn) {
        if (!isOpen()) {
            throw new ClockRuleException(
                    "clock.suspension.alreadyResumed",
                    "The suspension from %s already ended on %s",
                    from,
                    this.resumedOn);
        }
        return between(from, resumedOn);
    }

    public LocalDate from() {
        return from;
    }

    /** The day the clock runs again; empty while the suspension is open. */
    public Optional<LocalDate> resumedOn() {
        return Optional.ofNullable(resumedOn);
    }

    public boolean isOpen() {
        return resumedOn == null;
    }

    /** True if the clock is stopped on {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (resumedOn == null || day.isBefore(resumedOn));
    }

    /** Suspended days before {@code date} (see the class comment for the convention). */
    public long suspendedDaysAsOf(LocalDate date) {
        Require.date(date, "date to count the suspended days at");
        LocalDate end = resumedOn == null || date.isBefore(resumedOn) ? date : resumedOn;
        return Math.max(0, ChronoUnit.DAYS.between(from, end));
    }

    /** True if both suspensions stop the clock on a same day. */
    public boolean overlaps(Suspension other) {
        boolean otherEndsAfterThisStarts = other.resumedOn == null || other.resumedOn.isAfter(from);
        boolean thisEndsAfterOtherStarts = resumedOn == null || resumedOn.isAfter(other.from);
        return otherEndsAfterThisStarts && thisEndsAfterOtherStarts && !isEmpty() && !other.isEmpty();
    }

    private boolean isEmpty() {
        return from.equals(resumedOn);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Suspension that && from.equals(that.from) && Objects.equals(resumedOn, that.resumedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, resumedOn);
    }

    /** E.g. "suspension from 2026-03-02 to 2026-03-10" or "suspension from 2026-03-02 (still open)". */
    @Override
    public String toString() {
        return "suspension from " + from + (resumedOn == null ? " (still open)" : " to " + resumedOn);
    }
}
