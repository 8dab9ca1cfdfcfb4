package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the last day of a legal period under Regulation (EEC, Euratom) No 1182/71, Art. 3,
 * the rules every legal clock of the authority follows.
 *
 * <p>The rules, in the order they apply:
 * <ol>
 * <li>Art. 3(1): the day of the start event does not count.</li>
 * <li>Art. 3(2)(b) and (c), 3(3): the nominal end. Days: N days after the event day. Weeks,
 *     months, years: the same weekday or date, or the last day of a month that has no such
 *     date (31 January + 1 month = 28 or 29 February). Working days: the Nth working day after
 *     the event day; Saturdays, Sundays and public holidays are not counted.</li>
 * <li>Extensions, if any (see {@link #computeWithExtensions}).</li>
 * <li>Suspension: N suspended calendar days move the end N days later. This happens before
 *     the roll-forward, as the domain reference prescribes, because Art. 3(4) concerns the real
 *     last day: rolling first and then adding the suspension could end a period on a Sunday,
 *     or add the days of the roll-forward to the suspension (28 February 2026, a Saturday,
 *     + 2 suspended days is Monday 2 March, not Wednesday 4 March). Suspended days are
 *     calendar days for periods in working days too: a suspension is time during which the
 *     clock stood still, measured on the calendar, whatever the unit of the period (test
 *     vector C039 confirms it).</li>
 * <li>Art. 3(4): a last day that is a Saturday, Sunday or public holiday moves to the next
 *     working day.</li>
 * <li>Art. 3(5), for periods expressed in days of two days or more: the days from the day
 *     after the event to the last day must include two working days; if not, the period ends
 *     on the second working day after the event day. It is checked after the roll-forward,
 *     as the domain reference prescribes, over the whole span from the day after the event
 *     to the last day (suspended days included, since the calculator only knows their number,
 *     not where they fell; a suspension can only lengthen that span). Weeks, months and years
 *     span at least seven days and so, under any real calendar, two working days, and
 *     working-day periods satisfy the rule by construction, which is why the domain reference
 *     limits it to periods in days. Extensions in days count; a period mixing units is not
 *     "in days" and is not checked.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe. The calendar is a parameter, not a field, because the
 * administrator's calendar changes while the calculator does not.
 */
public final class DeadlineCalculator {

    /** Longest suspension accepted (100 years): anything longer is a typing mistake. */
    static final long MAX_SUSPENDED_DAYS = 36_525;

    /**
     * The last day of {@code period} started by an event on {@code startEvent}.
     *
     * @param startEvent    the day of the start event (not counted)
     * @param period        the legal period
     * @param suspendedDays calendar days during which the clock was suspended (0 or more)
     * @param calendar      the working-day calendar to use
     * @throws ClockRuleException if a date, the period or the calendar is missing, or the suspension is negative
     */
    public DeadlineComputation compute(
            LocalDate startEvent, Period period, long suspendedDays, HolidayCalendar calendar) {
        return computeWithExtensions(startEvent, period, List.of(), suspendedDays, calendar);
    }

    /**
     * Like {@link #compute}, with extensions granted on the clock.
     *
     * <p>An extension in the same unit as the period is added to the period, still counted
     * from the start event: 3 months extended by 3 months ends 6 months after the event. Why
     * not "3 months after the first end": at month ends the two differ (30 November + 3 months
     * = 28 February, + 3 months = 28 May; but 30 November + 6 months = 30 May), and the texts
     * (e.g. EHDS Art. 68(4), "extended by three months") describe one longer period, not a
     * second period starting from a date that Art. 3(2)(c) may have clamped. An extension in
     * a different unit (1 month, then 15 days) cannot be merged into one amount; it then runs
     * from the previous nominal end, i.e. the end before suspension and roll-forward, since
     * those apply once, to the final end. Further extensions in that new unit are added to it.
     *
     * @param extensions extensions in the order they were granted (may be empty)
     */
    public DeadlineComputation computeWithExtensions(
            LocalDate startEvent,
            Period basePeriod,
            List<Period> extensions,
            long suspendedDays,
            HolidayCalendar calendar) {
        List<DeadlineStep> steps = new ArrayList<>();
        LocalDate end = lastDay(startEvent, basePeriod, extensions, suspendedDays, calendar, steps);
        return new DeadlineComputation(startEvent, end, steps);
    }

    /**
     * The last day only, as {@link #computeWithExtensions} finds it, without the explanation of
     * each step: the batch recomputation of a million clocks needs the date, and writing the
     * English sentences (dates formatted with their weekday) cost most of the time. Both share
     * one implementation, so they cannot disagree.
     */
    public LocalDate lastDay(
            LocalDate startEvent,
            Period basePeriod,
            List<Period> extensions,
            long suspendedDays,
            HolidayCalendar calendar) {
        return lastDay(startEvent, basePeriod, extensions, suspendedDays, calendar, null);
    }

    /** The rules of the class comment; {@code steps}, if not null, receives each rule applied. */
    private static LocalDate lastDay(
            LocalDate startEvent,
            Period basePeriod,
            List<Period> extensions,
            long suspendedDays,
            HolidayCalendar calendar,
            List<DeadlineStep> steps) {
        requireInputs(startEvent, basePeriod, extensions, suspendedDays, calendar);
        if (steps != null) {
            steps.add(DeadlineStep.eventDayExcluded(startEvent));
        }
        LocalDate anchor = startEvent;
        Period counted = basePeriod;
        LocalDate end = basePeriod.nominalEndAfter(startEvent, calendar);
        if (steps != null) {
            steps.add(DeadlineStep.counted(basePeriod, startEvent, end));
        }
        boolean onlyDays = basePeriod.unit() == PeriodUnit.DAYS;
        for (Period extension : extensions) {
            LocalDate before = end;
            if (extension.unit() == counted.unit()) {
                Period periodBefore = counted;
                counted = counted.plus(extension);
                end = counted.nominalEndAfter(anchor, calendar);
                if (steps != null) {
                    steps.add(DeadlineStep.extendedInSameUnit(extension, periodBefore, anchor, before, end));
                }
            } else {
                anchor = end;
                counted = extension;
                end = counted.nominalEndAfter(anchor, calendar);
                if (steps != null) {
                    steps.add(DeadlineStep.extendedFromPreviousEnd(extension, before, end));
                }
            }
            onlyDays &= extension.unit() == PeriodUnit.DAYS;
        }

        if (suspendedDays > 0) {
            LocalDate before = end;
            end = end.plusDays(suspendedDays);
            if (steps != null) {
                steps.add(DeadlineStep.suspended(suspendedDays, before, end));
            }
        }

        if (!calendar.isWorkingDay(end)) {
            LocalDate rolled = calendar.nextWorkingDayOnOrAfter(end);
            if (steps != null) {
                steps.add(DeadlineStep.rolledForward(end, rolled, calendar));
            }
            end = rolled;
        }

        if (onlyDays && counted.isTwoDaysOrMoreInDays()) {
            end = guaranteeTwoWorkingDays(startEvent, end, calendar, steps);
        }
        return end;
    }

    private static LocalDate guaranteeTwoWorkingDays(
            LocalDate startEvent, LocalDate end, HolidayCalendar calendar, List<DeadlineStep> steps) {
        LocalDate firstDay = startEvent.plusDays(1);
        int workingDays = calendar.workingDaysBetween(firstDay, end);
        if (workingDays >= 2) {
            return end;
        }
        LocalDate secondWorkingDay = calendar.nthWorkingDayAfter(startEvent, 2);
        if (steps != null) {
            steps.add(DeadlineStep.twoWorkingDaysGuaranteed(firstDay, end, workingDays, secondWorkingDay));
        }
        return secondWorkingDay;
    }

    /**
     * The latest day on which something must happen to respect a period before a later event,
     * e.g. a hearing notice sent "at least 15 days before the hearing", or a permit extension
     * requested "at least 1 month before expiry".
     *
     * <p>Regulation 1182/71 only describes periods running forward, so this is its mirror
     * image, chosen to be the exact inverse of {@link #compute}: the event day does not count,
     * and the latest day is the period before it (hearing on 12 November, 15 days: notice by
     * 28 October, and 28 October + 15 days is indeed 12 November). If that day is not a working
     * day, it moves to the previous working day, never the next one, because moving it later
     * would shorten the notice below the legal minimum.
     */
    public DeadlineComputation latestDayBefore(LocalDate laterEvent, Period period, HolidayCalendar calendar) {
        List<DeadlineStep> steps = new ArrayList<>();
        LocalDate latest = latestDay(laterEvent, period, calendar, steps);
        return new DeadlineComputation(laterEvent, latest, steps);
    }

    /** The latest day only, as {@link #latestDayBefore} finds it, without explanations (see {@link #lastDay}). */
    public LocalDate latestDay(LocalDate laterEvent, Period period, HolidayCalendar calendar) {
        return latestDay(laterEvent, period, calendar, null);
    }

    private static LocalDate latestDay(
            LocalDate laterEvent, Period period, HolidayCalendar calendar, List<DeadlineStep> steps) {
        Require.date(laterEvent, "date of the later event");
        Require.present(period, "period");
        Require.present(calendar, "holiday calendar");
        LocalDate latest = period.nominalStartBefore(laterEvent, calendar);
        if (steps != null) {
            steps.add(DeadlineStep.countedBack(period, laterEvent, latest));
        }
        if (!calendar.isWorkingDay(latest)) {
            LocalDate rolled = calendar.previousWorkingDayOnOrBefore(latest);
            if (steps != null) {
                steps.add(DeadlineStep.rolledBack(latest, rolled, calendar));
            }
            latest = rolled;
        }
        return latest;
    }

    private static void requireInputs(
            LocalDate startEvent,
            Period basePeriod,
            List<Period> extensions,
            long suspendedDays,
            HolidayCalendar calendar) {
        Require.date(startEvent, "start event date");
        Require.present(basePeriod, "period");
        Require.present(extensions, "list of extensions");
        for (int i = 0; i < extensions.size(); i++) {
            Require.present(extensions.get(i), "extension no. " + (i + 1));
        }
        Require.present(calendar, "holiday calendar");
        if (suspendedDays < 0) {
            throw new ClockRuleException(
                    "clock.suspension.negative",
                    "The number of suspended days cannot be negative (%d given)",
                    suspendedDays);
        }
        if (suspendedDays > MAX_SUSPENDED_DAYS) {
            throw new ClockRuleException(
                    "clock.suspension.tooLong",
                    "A suspension of %d days (more than 100 years) is certainly a mistake",
                    suspendedDays);
        }
    }
}
