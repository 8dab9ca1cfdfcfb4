package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPublicHolidaysTest {

    private final FrenchPublicHolidays france = FrenchPublicHolidays.INSTANCE;

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2029, 2029-04-01",
        "2030, 2030-04-21",
        // the extremes of the Gregorian cycle: 22 March and 25 April
        "1818, 1818-03-22",
        "2285, 2285-03-22",
        "2038, 2038-04-25",
        "1943, 1943-04-25"
    })
    void computesEasterSunday(int year, LocalDate easter) {
        assertEquals(easter, FrenchPublicHolidays.easterSunday(year));
    }

    @Test
    void listsTheElevenHolidaysOf2026InDateOrder() {
        List<PublicHoliday> expected = List.of(
                new PublicHoliday(day("2026-01-01"), "Jour de l'an"),
                new PublicHoliday(day("2026-04-06"), "Lundi de Pâques"),
                new PublicHoliday(day("2026-05-01"), "Fête du Travail"),
                new PublicHoliday(day("2026-05-08"), "Victoire 1945"),
                new PublicHoliday(day("2026-05-14"), "Ascension"),
                new PublicHoliday(day("2026-05-25"), "Lundi de Pentecôte"),
                new PublicHoliday(day("2026-07-14"), "Fête nationale"),
                new PublicHoliday(day("2026-08-15"), "Assomption"),
                new PublicHoliday(day("2026-11-01"), "Toussaint"),
                new PublicHoliday(day("2026-11-11"), "Armistice 1918"),
                new PublicHoliday(day("2026-12-25"), "Noël"));
        assertEquals(expected, france.holidaysIn(2026));
    }

    @ParameterizedTest(name = "{0}: Easter Monday {1}, Ascension {2}, Whit Monday {3}")
    @CsvSource({
        "2027, 2027-03-29, 2027-05-06, 2027-05-17",
        "2028, 2028-04-17, 2028-05-25, 2028-06-05",
        "2029, 2029-04-02, 2029-05-10, 2029-05-21",
        "2039, 2039-04-11, 2039-05-19, 2039-05-30"
    })
    void placesTheHolidaysThatFollowEaster(
            int year, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
        assertEquals(
                Optional.of("Lundi de Pâques"), france.holidayOn(easterMonday).map(PublicHoliday::name));
        assertEquals(Optional.of("Ascension"), france.holidayOn(ascension).map(PublicHoliday::name));
        assertEquals(
                Optional.of("Lundi de Pentecôte"), france.holidayOn(whitMonday).map(PublicHoliday::name));
        assertEquals(11, france.holidaysIn(year).size());
    }

    @Test
    void easterSundayItselfIsNotListedBecauseItIsASundayAnyway() {
        assertFalse(france.isPublicHoliday(day("2026-04-05")));
        assertFalse(france.isWorkingDay(day("2026-04-05")));
    }

    @Test
    void mergesAscensionFallingOnLabourDayIntoOneHolidayWithBothNames() {
        // Easter 2008 was 23 March, so Ascension was 1 May.
        assertEquals(
                Optional.of("Fête du Travail / Ascension"),
                france.holidayOn(day("2008-05-01")).map(PublicHoliday::name));
        assertEquals(10, france.holidaysIn(2008).size());
    }

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertTrue(france.isWorkingDay(day("2026-05-12")), "an ordinary Tuesday");
        assertFalse(france.isWorkingDay(day("2026-05-09")), "a Saturday");
        assertFalse(france.isWorkingDay(day("2026-05-10")), "a Sunday");
        assertFalse(france.isWorkingDay(day("2028-07-14")), "14 July 2028, a Friday");
        assertTrue(france.isWeekend(day("2026-11-01")), "All Saints' Day 2026 is a Sunday");
        assertTrue(france.isPublicHoliday(day("2026-11-01")));
    }

    @Test
    void quickAnswerAgreesWithTheNamedAnswerEveryDayForTwentyYears() {
        for (LocalDate date = day("2025-01-01"); date.isBefore(day("2045-01-01")); date = date.plusDays(1)) {
            assertEquals(france.holidayOn(date).isPresent(), france.isPublicHoliday(date), date.toString());
        }
    }

    @Test
    void everyYearHasElevenHolidaysUnlessTwoCoincide() {
        for (int year = 2000; year <= 2100; year++) {
            int count = france.holidaysIn(year).size();
            assertTrue(count == 11 || count == 10, year + " has " + count);
        }
    }
}
