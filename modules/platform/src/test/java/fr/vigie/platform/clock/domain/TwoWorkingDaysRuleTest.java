package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.CALCULATOR;
import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.compute;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static fr.vigie.platform.clock.domain.TestDates.rules;
import static fr.vigie.platform.clock.domain.TestDates.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Art. 3(5): a period of two days or more includes at least two working days. */
class TwoWorkingDaysRuleTest {

    @Test
    void fridayPlusTwoDaysEndsOnTuesday() {
        DeadlineComputation computation = compute("2026-03-06", Period.days(2));

        assertEquals(day("2026-03-10"), computation.lastDay());
        assertEquals(
                List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_B, ClockRule.ART_3_4, ClockRule.ART_3_5),
                rules(computation));
        DeadlineStep rule35 = step(computation, ClockRule.ART_3_5);
        assertEquals(day("2026-03-09"), rule35.before());
        assertEquals(day("2026-03-10"), rule35.after());
    }

    @Test
    void thursdayPlusTwoDaysAlreadyIncludesTwoWorkingDays() {
        DeadlineComputation computation = compute("2026-03-05", Period.days(2));

        assertEquals(day("2026-03-09"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_5));
    }

    @Test
    void beforeTheEighthOfMayLongWeekend() {
        DeadlineComputation computation = compute("2026-05-07", Period.days(2));

        assertEquals(day("2026-05-12"), computation.lastDay());
        assertEquals(
                "From Friday 8 May 2026 to Monday 11 May 2026 there is only 1 working day; a period of two days"
                        + " or more includes at least two, so it ends on Tuesday 12 May 2026.",
                step(computation, ClockRule.ART_3_5).explanation());
    }

    @Test
    void beforeTheFourteenthOfJulyOnATuesday() {
        assertEquals(day("2026-07-15"), compute("2026-07-10", Period.days(2)).lastDay());
    }

    @Test
    void beforeWhitMondayTheRuleRunsAfterTheRollForward() {
        DeadlineComputation computation = compute("2026-05-22", Period.days(2));

        assertEquals(day("2026-05-27"), computation.lastDay());
        assertEquals(
                List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_B, ClockRule.ART_3_4, ClockRule.ART_3_5),
                rules(computation));
    }

    @Test
    void christmasEveOnAThursdayPlusTwoDays() {
        assertEquals(day("2026-12-29"), compute("2026-12-24", Period.days(2)).lastDay());
    }

    @Test
    void threeDaysOverEasterMonday() {
        assertEquals(day("2027-03-31"), compute("2027-03-26", Period.days(3)).lastDay());
    }

    @Test
    void aOneDayPeriodIsNotProtected() {
        DeadlineComputation computation = compute("2026-03-06", Period.days(1));

        assertEquals(day("2026-03-09"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_5));
    }

    @Test
    void workingDayPeriodsAlwaysSatisfyTheRule() {
        DeadlineComputation computation = compute("2026-03-06", Period.workingDays(2));

        assertEquals(day("2026-03-10"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_5));
    }

    @Test
    void appliesToTheWholeSpanWhenSuspendedDaysLengthenIt() {
        // 6 March (Friday) + 2 days + 1 suspended day = Monday 9 March: still one working day.
        DeadlineComputation computation = compute("2026-03-06", Period.days(2), 1);

        assertEquals(day("2026-03-10"), computation.lastDay());
        assertEquals(
                List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_B, ClockRule.SUSPENSION, ClockRule.ART_3_5),
                rules(computation));
    }

    @Test
    void appliesWhenDayExtensionsMakeTheDaysPeriodTwoDaysLong() {
        DeadlineComputation computation =
                CALCULATOR.computeWithExtensions(day("2026-03-06"), Period.days(1), List.of(Period.days(1)), 0, FRANCE);

        assertEquals(day("2026-03-10"), computation.lastDay());
    }

    @Test
    void doesNotApplyWhenAnExtensionInAnotherUnitFollows() {
        // 2 days end nominally on Sunday 8 March; 1 working day after that is Monday 9 March. The
        // period is no longer expressed in days alone, so Art. 3(5) is not applied (see DeadlineCalculator).
        DeadlineComputation computation = CALCULATOR.computeWithExtensions(
                day("2026-03-06"), Period.days(2), List.of(Period.workingDays(1)), 0, FRANCE);

        assertEquals(day("2026-03-09"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_5));
    }
}
