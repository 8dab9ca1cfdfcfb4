package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The eleven French national public holidays (code du travail art. L3133-1), for any year.
 *
 * <p>Why computed rather than listed: clocks run for years (a data permit lasts up to ten
 * years, its deletion deadline six months more), so a table for "the next few years" would
 * silently run out. Eight holidays have fixed dates; three follow Easter (Easter Monday,
 * Ascension = Easter + 39 days, Whit Monday = Easter + 50 days), and Easter Sunday comes from
 * the anonymous Gregorian algorithm. Names are the French legal names because they are shown
 * as such in the French interface and in legal explanations.
 *
 * <p>Stateless and thread-safe; use {@link #INSTANCE}.
 */
public final class FrenchPublicHolidays implements HolidayCalendar {

    /** The shared instance: the calendar has no state. */
    public static final FrenchPublicHolidays INSTANCE = new FrenchPublicHolidays();

    private static final Map<MonthDay, String> FIXED = Map.of(
            MonthDay.of(Month.JANUARY, 1), "Jour de l'an",
            MonthDay.of(Month.MAY, 1), "Fête du Travail",
            MonthDay.of(Month.MAY, 8), "Victoire 1945",
            MonthDay.of(Month.JULY, 14), "Fête nationale",
            MonthDay.of(Month.AUGUST, 15), "Assomption",
            MonthDay.of(Month.NOVEMBER, 1), "Toussaint",
            MonthDay.of(Month.NOVEMBER, 11), "Armistice 1918",
            MonthDay.of(Month.DECEMBER, 25), "Noël");

    private static final int EASTER_MONDAY = 1;
    private static final int ASCENSION = 39;
    private static final int WHIT_MONDAY = 50;

    private FrenchPublicHolidays() {}

    /**
     * Easter Sunday of {@code year} in the Gregorian calendar, by the anonymous algorithm
     * (published in Nature, 1876; also known as Meeus/Jones/Butcher).
     */
    public static LocalDate easterSunday(int year) {
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRemainder = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int solarCorrection = (century - lunarCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - leapCenturies - solarCorrection + 15) % 30;
        int leapYears = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekdayOffset = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
        int correction = (goldenNumber + 11 * epact + 22 * weekdayOffset) / 451;
        int monthAndDay = epact + weekdayOffset - 7 * correction + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /** Answers without building a list, because the deadline loops ask it for every day. */
    @Override
    public boolean isPublicHoliday(LocalDate date) {
        return FIXED.containsKey(MonthDay.from(date)) || moveableHolidayName(date) != null;
    }

    @Override
    public Optional<PublicHoliday> holidayOn(LocalDate date) {
        String fixed = FIXED.get(MonthDay.from(date));
        String moveable = moveableHolidayName(date);
        if (fixed == null && moveable == null) {
            return Optional.empty();
        }
        // Ascension can fall on 1 or 8 May (1 May 2008): one day, both names.
        String name = fixed == null ? moveable : moveable == null ? fixed : fixed + " / " + moveable;
        return Optional.of(new PublicHoliday(date, name));
    }

    @Override
    public List<PublicHoliday> holidaysIn(int year) {
        TreeMap<LocalDate, PublicHoliday> byDate = new TreeMap<>();
        FIXED.keySet().forEach(day -> addHoliday(byDate, day.atYear(year)));
        LocalDate easter = easterSunday(year);
        addHoliday(byDate, easter.plusDays(EASTER_MONDAY));
        addHoliday(byDate, easter.plusDays(ASCENSION));
        addHoliday(byDate, easter.plusDays(WHIT_MONDAY));
        return List.copyOf(byDate.values());
    }

    private void addHoliday(Map<LocalDate, PublicHoliday> byDate, LocalDate date) {
        holidayOn(date).ifPresent(holiday -> byDate.put(date, holiday));
    }

    private static String moveableHolidayName(LocalDate date) {
        Month month = date.getMonth();
        // Easter Monday is 23 March at the earliest, Whit Monday 14 June at the latest.
        if (month.compareTo(Month.MARCH) < 0 || month.compareTo(Month.JUNE) > 0) {
            return null;
        }
        long daysAfterEaster = date.toEpochDay() - easterSunday(date.getYear()).toEpochDay();
        if (daysAfterEaster == EASTER_MONDAY) {
            return "Lundi de Pâques";
        }
        if (daysAfterEaster == ASCENSION) {
            return "Ascension";
        }
        if (daysAfterEaster == WHIT_MONDAY) {
            return "Lundi de Pentecôte";
        }
        return null;
    }

    @Override
    public String toString() {
        return "French national public holidays";
    }
}
