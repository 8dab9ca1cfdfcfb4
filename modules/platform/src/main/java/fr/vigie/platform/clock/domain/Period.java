package fr.vigie.platform.clock.domain;

import java.time.LocalDate;

/**
 * A legal period: an amount of a {@link PeriodUnit}, such as "3 months" or "30 working days".
 *
 * <p>Not to be confused with {@link java.time.Period}: this one knows how a legal text counts
 * (working days skip holidays, months end on the same date or at the end of a shorter
 * month), which {@code java.time} cannot know. The amount is strictly positive because a
 * zero or negative period is always a typing mistake in a policy, never a legal rule; it is
 * capped at {@value #MAX_AMOUNT} for the same reason (a period of 50,000 months is a typo, and
 * would otherwise fail far away with an obscure date overflow).
 *
 * @param amount how many units, 1 to {@value #MAX_AMOUNT}
 * @param unit   the unit
 */
public record Period(int amount, PeriodUnit unit) {

    /** Largest amount accepted; far above any legal period (10 years = 3,653 days). */
    public static final int MAX_AMOUNT = 10_000;

    public Period {
        Require.present(unit, "period unit");
        if (amount <= 0) {
            throw new ClockRuleException(
                    "clock.period.notPositive",
                    "A period must last at least 1 %s; %d %s is not allowed",
                    unit.singular(),
                    amount,
                    unit.spelling());
        }
        if (amount > MAX_AMOUNT) {
            throw new ClockRuleException(
                    "clock.period.tooLong",
                    "A period of %d %s is longer than any legal period (at most %d)",
                    amount,
                    unit.spelling(),
                    MAX_AMOUNT);
        }
    }

    public static Period of(int amount, PeriodUnit unit) {
        return new Period(amount, unit);
    }

    public static Period days(int amount) {
        return new Period(amount, PeriodUnit.DAYS);
    }

    public static Period workingDays(int amount) {
        return new Period(amount, PeriodUnit.WORKING_DAYS);
    }

    public static Period weeks(int amount) {
        return new Period(amount, PeriodUnit.WEEKS);
    }

    public static Period months(int amount) {
        return new Period(amount, PeriodUnit.MONTHS);
    }

    public static Period years(int amount) {
        return new Period(amount, PeriodUnit.YEARS);
    }

    /**
     * Reads the configuration form {@code "<amount> <unit>"}, e.g. {@code "3 months"} or
     * {@code "30 working_days"}.
     */
    public static Period parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new ClockRuleException(
                    "clock.period.badFormat",
                    "Cannot read the period '%s': expected an amount and a unit, e.g. '3 months' or '30 working_days'",
                    text);
        }
        int amount;
        try {
            amount = Integer.parseInt(parts[0]);
        } catch (NumberFormatException notANumber) {
            throw new ClockRuleException(
                    "clock.period.badAmount",
                    "Cannot read the period '%s': '%s' is not a whole number",
                    text,
                    parts[0]);
        }
        return new Period(amount, PeriodUnit.parse(parts[1]));
    }

    /** True if the period counts calendar days (everything but working days). */
    public boolean isCalendarPeriod() {
        return unit.isCalendarUnit();
    }

    /** True if this is a period in days of two days or more: the periods Art. 3(5) protects. */
    boolean isTwoDaysOrMoreInDays() {
        return unit == PeriodUnit.DAYS && amount >= 2;
    }

    /**
     * This period lengthened by another one in the same unit (3 months + 3 months = 6 months).
     *
     * @throws ClockRuleException if the units differ: 1 month + 10 days has no single amount
     */
    public Period plus(Period other) {
        Require.present(other, "period to add");
        if (other.unit != unit) {
            throw new ClockRuleException(
                    "clock.period.unitMismatch", "Cannot add %s to %s: the units differ", other, this);
        }
        return new Period(amount + other.amount, unit);
    }

    /**
     * True if this period is strictly longer than {@code limit}. Only lengths that do not
     * depend on the calendar can be compared: days with weeks (7 days) and months with years
     * (12 months). A month is 28 to 31 days, so "30 days" against "1 month" has no answer.
     *
     * @throws ClockRuleException when the two units cannot be compared
     */
    public boolean exceeds(Period limit) {
        Require.present(limit, "period limit");
        long mine = inSmallestFixedUnit(this, limit);
        long theirs = inSmallestFixedUnit(limit, this);
        return mine > theirs;
    }

    private static long inSmallestFixedUnit(Period period, Period other) {
        if (period.unit == other.unit) {
            return period.amount;
        }
        if (isDayBased(period.unit) && isDayBased(other.unit)) {
            return period.unit == PeriodUnit.WEEKS ? 7L * period.amount : period.amount;
        }
        if (isMonthBased(period.unit) && isMonthBased(other.unit)) {
            return period.unit == PeriodUnit.YEARS ? 12L * period.amount : period.amount;
        }
        throw new ClockRuleException(
                "clock.period.incomparable",
                "%s and %s cannot be compared: express both in the same unit",
                period,
                other);
    }

    private static boolean isDayBased(PeriodUnit unit) {
        return unit == PeriodUnit.DAYS || unit == PeriodUnit.WEEKS;
    }

    private static boolean isMonthBased(PeriodUnit unit) {
        return unit == PeriodUnit.MONTHS || unit == PeriodUnit.YEARS;
    }

    /**
     * The nominal last day of this period counted from {@code eventDay}, before any
     * suspension or roll-forward: the event day itself does not count (Art. 3(1)); days end
     * N days later (Art. 3(2)(b)); weeks, months and years end on the same weekday or date,
     * or on the last day of a shorter month (Art. 3(2)(c)); working days end on the Nth
     * working day after the event day (Art. 3(3)).
     */
    LocalDate nominalEndAfter(LocalDate eventDay, HolidayCalendar calendar) {
        return switch (unit) {
            case DAYS -> eventDay.plusDays(amount);
            case WEEKS -> eventDay.plusWeeks(amount);
            // java.time clamps 31 January + 1 month to the last day of February, which is
            // exactly the "date does not exist in the last month" clause of Art. 3(2)(c).
            case MONTHS -> eventDay.plusMonths(amount);
            case YEARS -> eventDay.plusYears(amount);
            case WORKING_DAYS -> calendar.nthWorkingDayAfter(eventDay, amount);
        };
    }

    /**
     * The mirror of {@link #nominalEndAfter}: the day this period before {@code referenceDay}
     * (30 April - 1 month = 31 March; 31 March - 1 month = 28 or 29 February).
     */
    LocalDate nominalStartBefore(LocalDate referenceDay, HolidayCalendar calendar) {
        return switch (unit) {
            case DAYS -> referenceDay.minusDays(amount);
            case WEEKS -> referenceDay.minusWeeks(amount);
            case MONTHS -> referenceDay.minusMonths(amount);
            case YEARS -> referenceDay.minusYears(amount);
            case WORKING_DAYS -> calendar.nthWorkingDayBefore(referenceDay, amount);
        };
    }

    /** English wording, e.g. "1 month" or "30 working days". */
    @Override
    public String toString() {
        return unit.describe(amount);
    }
}
