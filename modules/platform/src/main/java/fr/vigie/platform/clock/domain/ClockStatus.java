package fr.vigie.platform.clock.domain;

import java.time.LocalDate;

/**
 * What a clock looks like on a given day, as dashboards and case screens show it.
 *
 * <p>The rule is {@link #derive}: the status follows from the day, the clock's last day, its
 * first at-risk day and its facts, and changes with the date alone (a running clock becomes at
 * risk, then breached, overnight, without any event). It is also stored with each tracked clock
 * ({@code platform.clock.status}, published in {@code platform.report_clock}) so that reports
 * filter and count on it in SQL: every act on a clock stores the status derived that day, and
 * the hourly status job ({@code ClockStatusJob}) keeps the stored statuses true as days pass,
 * flipping running clocks to at risk and breached in SQL batches (the same rule written as a
 * {@code CASE}) and recomputing the suspended ones. Between two runs a stored status can lag at
 * most about an hour behind {@link #derive}.
 */
public enum ClockStatus {
    /** Running, with enough time left. */
    RUNNING,
    /** Stopped for now; the last day moves later for as long as it lasts. */
    SUSPENDED,
    /** Running, with little time left (see {@link AtRiskThreshold}). */
    AT_RISK,
    /** The last day of a period binding the authority has passed without the expected act: the authority's breach. */
    BREACHED,
    /** The expected act happened. */
    MET,
    /** Ended without the act being needed any more. */
    STOPPED,
    /**
     * The last day of a period that does not bind the authority has passed: a party's right
     * lapsed (an applicant's 4 weeks, an organisation's reply), a term ended (a data permit), or
     * silence became acceptance (a tacit opinion or authorisation). The law's effect, not a breach.
     */
    EXPIRED;

    /**
     * The status of a clock on {@code today}.
     *
     * <p>Order of precedence: an ended clock shows its ending (met or stopped), whatever the
     * date. Otherwise a clock whose last day is before today is breached: a period expires at
     * the END of its last day, so it is breached from the next day on, and a suspension that
     * began after that cannot undo it. Otherwise a suspended clock is suspended (its time is
     * not running out, so it is not at risk); otherwise it is at risk from {@code atRiskFrom}
     * on, and running before.
     *
     * @param today      the day to judge on
     * @param lastDay    the clock's last day, with the suspended days counted as of today
     * @param atRiskFrom the first at-risk day (see {@link AtRiskThreshold#atRiskFrom})
     * @param suspended  whether the clock is suspended today
     * @param outcome    how the clock ended, or {@link ClockOutcome#PENDING}
     */
    public static ClockStatus derive(
            LocalDate today, LocalDate lastDay, LocalDate atRiskFrom, boolean suspended, ClockOutcome outcome) {
        return derive(today, lastDay, atRiskFrom, suspended, outcome, ExpiryEffect.BREACH);
    }

    /**
     * As {@link #derive(LocalDate, LocalDate, LocalDate, boolean, ClockOutcome)}, with the legal
     * effect of the period's expiry: only a period binding the authority ({@link ExpiryEffect#BREACH})
     * is at risk and then breached; any other is running until it expires, then
     * {@link #EXPIRED}. Warnings and reports thus count only the authority's own deadlines.
     */
    public static ClockStatus derive(
            LocalDate today,
            LocalDate lastDay,
            LocalDate atRiskFrom,
            boolean suspended,
            ClockOutcome outcome,
            ExpiryEffect onExpiry) {
        Require.date(today, "date of today");
        Require.date(lastDay, "last day of the clock");
        Require.date(atRiskFrom, "first at-risk day");
        Require.present(outcome, "clock outcome");
        return switch (outcome) {
            case MET -> MET;
            case STOPPED -> STOPPED;
            case PENDING -> pending(today, lastDay, atRiskFrom, suspended, Require.present(onExpiry, "expiry effect"));
        };
    }

    private static ClockStatus pending(
            LocalDate today, LocalDate lastDay, LocalDate atRiskFrom, boolean suspended, ExpiryEffect onExpiry) {
        boolean bindsAuthority = onExpiry.bindsAuthority();
        if (today.isAfter(lastDay)) {
            return bindsAuthority ? BREACHED : EXPIRED;
        }
        if (suspended) {
            return SUSPENDED;
        }
        return !bindsAuthority || today.isBefore(atRiskFrom) ? RUNNING : AT_RISK;
    }

    /** True once the clock has ended (met or stopped); a breached clock may still be met, late. */
    public boolean isEnded() {
        return this == MET || this == STOPPED;
    }
}
