package fr.vigie.platform.clock.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which days are working days, for the purpose of legal periods.
 *
 * <p>Regulation 1182/71 leaves the list of public holidays to each Member State, and the
 * administrator must be able to adjust it (a bridge day granted one year, Whit Monday
 * worked another), so the engine never hard-codes holidays: it asks a calendar. Saturdays and
 * Sundays are never working days (Art. 3(3) and 3(4) name them explicitly).
 *
 * <p>Implementations must be immutable and thread-safe: one calendar is shared by every
 * clock computed in a request.
 */
public interface HolidayCalendar {

    /** The public holiday falling on {@code date}, if any. */
    Optional<PublicHoliday> holidayOn(LocalDate date);

    /** Every public holiday of {@code year}, in date order (for the administration screen). */
    List<PublicHoliday> holidaysIn(int year);

    /** True if {@code date} is a public holiday. Implementations may answer faster than {@link #holidayOn}. */
    default boolean isPublicHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    /** True on Saturdays and Sundays. */
    default boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** A working day is neither a Saturday, a Sunday nor a public holiday. */
    default boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !isPublicHoliday(date);
    }

    /** {@code date} itself if it is a working day, otherwise the first working day after it. */
    default LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@code date} itself if it is a working day, otherwise the last working day before it. */
    default LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * The {@code n}th working day strictly after {@code date}: {@code date} itself never
     * counts, as the event day never counts in a legal period (Art. 3(1)).
     */
    default LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        requirePositive(n);
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The {@code n}th working day strictly before {@code date}. */
    default LocalDate nthWorkingDayBefore(LocalDate date, int n) {
        requirePositive(n);
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * How many working days lie between {@code first} and {@code last}, both included.
     *
     * @throws ClockRuleException if {@code last} is before {@code first}
     */
    default int workingDaysBetween(LocalDate first, LocalDate last) {
        Require.date(first, "first day");
        Require.date(last, "last day");
        if (last.isBefore(first)) {
            throw new ClockRuleException(
                    "clock.input.endBeforeStart", "The last day (%s) is before the first day (%s)", last, first);
        }
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static void requirePositive(int n) {
        if (n <= 0) {
            throw new ClockRuleException(
                    "clock.calendar.notPositive", "The number of working days must be 1 or more, but was %d", n);
        }
    }
}
