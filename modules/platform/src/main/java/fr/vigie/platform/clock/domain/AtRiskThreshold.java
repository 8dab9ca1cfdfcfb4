package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a running clock starts to be shown as at risk: when what is left of the period is at
 * most a share of it, or at most a number of days, whichever gives the earlier warning.
 *
 * <p>Why both: a share alone warns too late on short periods (20 % of 15 days is 3 days,
 * too few to react), a number of days alone too late on long ones (10 days before the end
 * of a 10-year permit). The default, {@link #DEFAULT}, is 20 % or 10 days, the larger.
 *
 * @param percentOfPeriod share of the period, 0 to 100
 * @param minimumDays     number of days, 0 or more
 */
public record AtRiskThreshold(int percentOfPeriod, int minimumDays) {

    /** 20 % of the period left or 10 days, whichever is larger. */
    public static final AtRiskThreshold DEFAULT = new AtRiskThreshold(20, 10);

    public AtRiskThreshold {
        if (percentOfPeriod < 0 || percentOfPeriod > 100) {
            throw new ClockRuleException(
                    "clock.atRisk.badPercent",
                    "The at-risk share must be between 0 and 100 %%, not %d %%",
                    percentOfPeriod);
        }
        if (minimumDays < 0) {
            throw new ClockRuleException(
                    "clock.atRisk.negativeDays",
                    "The at-risk number of days cannot be negative (%d given)",
                    minimumDays);
        }
    }

    /**
     * The first day on which a clock started on {@code start} and ending on {@code lastDay} is
     * at risk (never before {@code start}). Days left are counted as {@code lastDay - today};
     * the clock is at risk once that is at most the larger of the share and the number of days.
     *
     * @throws ClockRuleException if {@code lastDay} is before {@code start}
     */
    public LocalDate atRiskFrom(LocalDate start, LocalDate lastDay) {
        Require.date(start, "start date");
        Require.date(lastDay, "last day");
        if (lastDay.isBefore(start)) {
            throw new ClockRuleException(
                    "clock.input.endBeforeStart", "The last day (%s) is before the start (%s)", lastDay, start);
        }
        long periodDays = ChronoUnit.DAYS.between(start, lastDay);
        long warningDays = Math.max(minimumDays, periodDays * percentOfPeriod / 100);
        LocalDate from = lastDay.minusDays(warningDays);
        return from.isBefore(start) ? start : from;
    }

    /** True if, on {@code today}, the clock is at risk but not yet breached. */
    public boolean isAtRisk(LocalDate today, LocalDate start, LocalDate lastDay) {
        Require.date(today, "date of today");
        return !today.isBefore(atRiskFrom(start, lastDay)) && !today.isAfter(lastDay);
    }
}
