package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The working-day navigation every calendar inherits. */
class HolidayCalendarTest {

    @Test
    void aWorkingDayIsItsOwnNextWorkingDay() {
        assertEquals(day("2026-05-12"), FRANCE.nextWorkingDayOnOrAfter(day("2026-05-12")));
    }

    @Test
    void nextWorkingDayJumpsTheWeekend() {
        assertEquals(day("2026-05-11"), FRANCE.nextWorkingDayOnOrAfter(day("2026-05-09")));
    }

    @Test
    void nextWorkingDayJumpsChristmasAndTheWeekend() {
        assertEquals(day("2026-12-28"), FRANCE.nextWorkingDayOnOrAfter(day("2026-12-25")));
    }

    @Test
    void previousWorkingDayJumpsBackOverWhitMondayAndTheWeekend() {
        assertEquals(day("2026-05-22"), FRANCE.previousWorkingDayOnOrBefore(day("2026-05-25")));
    }

    @Test
    void nthWorkingDayAfterNeverCountsTheStartDay() {
        assertEquals(day("2026-03-03"), FRANCE.nthWorkingDayAfter(day("2026-03-02"), 1));
        assertEquals(day("2026-12-28"), FRANCE.nthWorkingDayAfter(day("2026-12-24"), 1));
    }

    @Test
    void nthWorkingDayBeforeSkipsAscension() {
        assertEquals(day("2026-05-13"), FRANCE.nthWorkingDayBefore(day("2026-05-18"), 2));
    }

    @Test
    void countsTheWorkingDaysOfMay2026() {
        // 21 weekdays minus 1 May, 8 May, Ascension (14) and Whit Monday (25).
        assertEquals(17, FRANCE.workingDaysBetween(day("2026-05-01"), day("2026-05-31")));
    }

    @Test
    void countsNoWorkingDayOverAHolidayWeekend() {
        assertEquals(0, FRANCE.workingDaysBetween(day("2026-05-08"), day("2026-05-10")));
    }

    @Test
    void refusesToCountBackwards() {
        assertRefused(
                "The last day (2026-05-01) is before the first day (2026-05-31)",
                () -> FRANCE.workingDaysBetween(day("2026-05-31"), day("2026-05-01")));
    }

    @Test
    void refusesZeroWorkingDays() {
        assertRefused(
                "The number of working days must be 1 or more, but was 0",
                () -> FRANCE.nthWorkingDayAfter(day("2026-05-01"), 0));
    }
}
