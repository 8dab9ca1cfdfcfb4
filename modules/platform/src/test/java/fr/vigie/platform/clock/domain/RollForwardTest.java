package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.compute;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static fr.vigie.platform.clock.domain.TestDates.rules;
import static fr.vigie.platform.clock.domain.TestDates.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Art. 3(4): a last day that is not a working day moves to the next working day. */
class RollForwardTest {

    @Test
    void aSaturdayRollsToMonday() {
        DeadlineComputation computation = compute("2026-03-31", Period.months(2));

        assertEquals(day("2026-06-01"), computation.lastDay());
        DeadlineStep roll = step(computation, ClockRule.ART_3_4);
        assertEquals(day("2026-05-31"), roll.before());
        assertEquals(day("2026-06-01"), roll.after());
    }

    @Test
    void ascensionRollsToTheBridgeFriday() {
        DeadlineComputation computation = compute("2026-05-13", Period.days(1));

        assertEquals(day("2026-05-15"), computation.lastDay());
        assertEquals(
                "Thursday 14 May 2026 is a public holiday (Ascension): the period ends on the next working day,"
                        + " Friday 15 May 2026.",
                step(computation, ClockRule.ART_3_4).explanation());
    }

    @Test
    void ascension2027AlsoRollsToFriday() {
        assertEquals(day("2027-05-07"), compute("2027-05-05", Period.days(1)).lastDay());
    }

    @Test
    void christmasOnAFridayRollsOverTheWeekend() {
        assertEquals(day("2026-12-28"), compute("2026-12-24", Period.days(1)).lastDay());
    }

    @Test
    void newYearsDayOnAFridayRollsToMonday() {
        assertEquals(day("2027-01-04"), compute("2026-12-31", Period.days(1)).lastDay());
    }

    @Test
    void newYearsDayOnASaturdayRollsToMonday() {
        DeadlineComputation computation = compute("2027-12-30", Period.days(2));

        assertEquals(day("2028-01-03"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_5), "31 December and 3 January are two working days");
    }

    @Test
    void fourteenthOfJulyOnAFridayRollsToMonday() {
        assertEquals(day("2028-07-17"), compute("2028-07-13", Period.days(1)).lastDay());
    }

    @Test
    void assumptionOnASaturdayRollsToMonday() {
        assertEquals(day("2026-08-17"), compute("2026-08-14", Period.days(1)).lastDay());
    }

    @Test
    void whitSundayThenWhitMondayRollToTuesday() {
        DeadlineComputation computation = compute("2026-04-24", Period.months(1));

        assertEquals(day("2026-05-26"), computation.lastDay());
    }

    @Test
    void aWorkingLastDayIsNotMoved() {
        DeadlineComputation computation = compute("2029-04-03", Period.months(3));

        assertFalse(computation.applied(ClockRule.ART_3_4));
        assertEquals(List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_C), rules(computation));
    }

    @Test
    void weeksRollForwardToo() {
        DeadlineComputation computation = compute("2026-10-04", Period.weeks(4));

        assertEquals(day("2026-11-02"), computation.lastDay(), "1 November 2026 is a Sunday and All Saints' Day");
    }
}
