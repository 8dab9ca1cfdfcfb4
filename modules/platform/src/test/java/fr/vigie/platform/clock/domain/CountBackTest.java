package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.CALCULATOR;
import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Periods before a later event: "at least 15 days before the hearing". */
class CountBackTest {

    private static DeadlineComputation latest(String event, Period period) {
        return CALCULATOR.latestDayBefore(day(event), period, FRANCE);
    }

    @Test
    void isTheInverseOfAForwardPeriod() {
        LocalDate latest = latest("2026-11-12", Period.days(15)).lastDay();

        assertEquals(day("2026-10-28"), latest);
        assertEquals(
                day("2026-11-12"),
                CALCULATOR.compute(latest, Period.days(15), 0, FRANCE).lastDay());
    }

    @Test
    void aLatestDayOnASaturdayMovesToTheFridayBefore() {
        DeadlineComputation computation = latest("2026-11-15", Period.days(15));

        assertEquals(day("2026-10-30"), computation.lastDay());
        assertTrue(computation.applied(ClockRule.ROLL_BACK));
    }

    @Test
    void aLatestDayOnAscensionMovesToTheWednesdayBefore() {
        DeadlineComputation computation = latest("2026-06-14", Period.months(1));

        assertEquals(day("2026-05-13"), computation.lastDay());
        assertEquals(
                "Thursday 14 May 2026 is a public holiday (Ascension): the latest day is the previous working day,"
                        + " Wednesday 13 May 2026.",
                TestDates.step(computation, ClockRule.ROLL_BACK).explanation());
    }

    @Test
    void oneMonthBeforeTheThirtyFirstOfMarchIsTheEndOfFebruary() {
        // 28 February 2027 is a Sunday: Friday 26 February.
        assertEquals(day("2027-02-26"), latest("2027-03-31", Period.months(1)).lastDay());
    }

    @Test
    void workingDaysBeforeSkipHolidays() {
        assertEquals(
                day("2026-05-13"), latest("2026-05-18", Period.workingDays(2)).lastDay());
    }

    @Test
    void aWorkingLatestDayIsNotMoved() {
        assertFalse(latest("2026-11-12", Period.days(15)).applied(ClockRule.ROLL_BACK));
    }
}
