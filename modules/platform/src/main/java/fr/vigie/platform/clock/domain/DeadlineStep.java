package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One rule applied while computing a deadline: which rule, the date before and after it, and
 * a default English sentence.
 *
 * <p>Why structured rather than a sentence: the French interface rebuilds the sentence from
 * {@link #rule()}, {@link #before()} and {@link #after()}; the English text is the fallback
 * and the form used in logs and tests.
 *
 * @param rule        the rule applied
 * @param before      the date the rule started from (for {@link ClockRule#ART_3_1}, the event day)
 * @param after       the date the rule produced
 * @param explanation default English explanation
 */
public record DeadlineStep(ClockRule rule, LocalDate before, LocalDate after, String explanation) {

    private static final DateTimeFormatter ENGLISH_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    public DeadlineStep {
        Require.present(rule, "rule");
        Require.date(before, "date before the step");
        Require.date(after, "date after the step");
        Require.text(explanation, "explanation");
    }

    /** The legal reference of the rule, e.g. "Regulation (EEC, Euratom) No 1182/71, Art. 3(4)". */
    public String legalReference() {
        return rule.legalReference();
    }

    /** True if the rule moved the date. */
    public boolean movedTheDate() {
        return !before.equals(after);
    }

    static DeadlineStep eventDayExcluded(LocalDate eventDay) {
        LocalDate firstDay = eventDay.plusDays(1);
        return new DeadlineStep(
                ClockRule.ART_3_1,
                eventDay,
                firstDay,
                String.format(
                        "The day of the start event, %s, does not count: the period runs from %s.",
                        format(eventDay), format(firstDay)));
    }

    static DeadlineStep counted(Period period, LocalDate from, LocalDate nominalEnd) {
        ClockRule rule =
                switch (period.unit()) {
                    case DAYS -> ClockRule.ART_3_2_B;
                    case WORKING_DAYS -> ClockRule.ART_3_3;
                    case WEEKS, MONTHS, YEARS -> ClockRule.ART_3_2_C;
                };
        String how =
                switch (period.unit()) {
                    case DAYS -> "";
                    case WORKING_DAYS -> " (Saturdays, Sundays and public holidays not counted)";
                    case WEEKS -> " (same day of the week)";
                    case MONTHS, YEARS ->
                        from.getDayOfMonth() == nominalEnd.getDayOfMonth()
                                ? " (same date)"
                                : String.format(
                                        " (%s %s has no %s, so the period ends on the last day of that month)",
                                        nominalEnd.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                                        nominalEnd.getYear(),
                                        ordinal(from.getDayOfMonth()));
                };
        return new DeadlineStep(
                rule,
                from,
                nominalEnd,
                String.format(
                        "%s after %s ends on %s%s.",
                        capitalised(period.toString()), format(from), format(nominalEnd), how));
    }

    static DeadlineStep extendedInSameUnit(
            Period extension, Period periodBefore, LocalDate countedFrom, LocalDate before, LocalDate after) {
        return new DeadlineStep(
                ClockRule.EXTENSION,
                before,
                after,
                String.format(
                        "An extension of %s is added to the %s counted from %s (%s in all): the end moves from %s to %s.",
                        extension,
                        periodBefore,
                        format(countedFrom),
                        periodBefore.plus(extension),
                        format(before),
                        format(after)));
    }

    static DeadlineStep extendedFromPreviousEnd(Period extension, LocalDate previousEnd, LocalDate after) {
        return new DeadlineStep(
                ClockRule.EXTENSION,
                previousEnd,
                after,
                String.format(
                        "An extension of %s, in another unit, runs from the previous end, %s: the end moves to %s.",
                        extension, format(previousEnd), format(after)));
    }

    static DeadlineStep suspended(long suspendedDays, LocalDate before, LocalDate after) {
        return new DeadlineStep(
                ClockRule.SUSPENSION,
                before,
                after,
                String.format(
                        "%d suspended day%s move%s the end from %s to %s.",
                        suspendedDays,
                        suspendedDays == 1 ? "" : "s",
                        suspendedDays == 1 ? "s" : "",
                        format(before),
                        format(after)));
    }

    static DeadlineStep rolledForward(LocalDate lastDay, LocalDate nextWorkingDay, HolidayCalendar calendar) {
        return new DeadlineStep(
                ClockRule.ART_3_4,
                lastDay,
                nextWorkingDay,
                String.format(
                        "%s is %s: the period ends on the next working day, %s.",
                        format(lastDay), whyNotWorking(lastDay, calendar), format(nextWorkingDay)));
    }

    static DeadlineStep twoWorkingDaysGuaranteed(
            LocalDate firstDay, LocalDate lastDay, int workingDays, LocalDate newLastDay) {
        return new DeadlineStep(
                ClockRule.ART_3_5,
                lastDay,
                newLastDay,
                String.format(
                        "From %s to %s there %s only %d working day%s; a period of two days or more includes at least two,"
                                + " so it ends on %s.",
                        format(firstDay),
                        format(lastDay),
                        workingDays == 1 ? "is" : "are",
                        workingDays,
                        workingDays == 1 ? "" : "s",
                        format(newLastDay)));
    }

    static DeadlineStep countedBack(Period period, LocalDate referenceDay, LocalDate latestDay) {
        return new DeadlineStep(
                ClockRule.COUNT_BACK,
                referenceDay,
                latestDay,
                String.format(
                        "%s before %s is %s.",
                        capitalised(period.toString()), format(referenceDay), format(latestDay)));
    }

    static DeadlineStep rolledBack(LocalDate day, LocalDate previousWorkingDay, HolidayCalendar calendar) {
        return new DeadlineStep(
                ClockRule.ROLL_BACK,
                day,
                previousWorkingDay,
                String.format(
                        "%s is %s: the latest day is the previous working day, %s.",
                        format(day), whyNotWorking(day, calendar), format(previousWorkingDay)));
    }

    private static String whyNotWorking(LocalDate day, HolidayCalendar calendar) {
        return calendar.holidayOn(day)
                .map(holiday -> "a public holiday (" + holiday.name() + ")")
                .orElse("a weekend day");
    }

    private static String ordinal(int dayOfMonth) {
        String suffix =
                switch (dayOfMonth) {
                    case 1, 21, 31 -> "st";
                    case 2, 22 -> "nd";
                    case 3, 23 -> "rd";
                    default -> "th";
                };
        return dayOfMonth + suffix;
    }

    static String format(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
