package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.compute;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static fr.vigie.platform.clock.domain.TestDates.rules;
import static fr.vigie.platform.clock.domain.TestDates.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Art. 3(3): a period in working days ends on the Nth working day after the event day. */
class WorkingDayPeriodTest {

    @Test
    void thirtyWorkingDaysOverEasterMondayMayDaysAscensionAndWhitMonday() {
        DeadlineComputation computation = compute("2026-04-02", Period.workingDays(30));

        assertEquals(day("2026-05-20"), computation.lastDay());
        assertEquals(List.of(ClockRule.ART_3_1, ClockRule.ART_3_3), rules(computation));
    }

    @Test
    void thirtyWorkingDaysOverChristmasAndNewYear() {
        assertEquals(
                day("2028-02-04"), compute("2027-12-24", Period.workingDays(30)).lastDay());
    }

    @Test
    void fiveWorkingDaysToAcknowledgeAComplaintReceivedOnLabourDay() {
        // 4, 5, 6, 7 May, then 8 May is a holiday: the fifth working day is Monday 11 May.
        assertEquals(
                day("2026-05-11"), compute("2026-05-01", Period.workingDays(5)).lastDay());
    }

    @Test
    void anEventOnASaturdayCountsFromMonday() {
        assertEquals(
                day("2026-03-09"), compute("2026-03-07", Period.workingDays(1)).lastDay());
    }

    @Test
    void suspendedDaysAreCalendarDaysEvenInAWorkingDayPeriod() {
        DeadlineComputation computation = compute("2029-05-04", Period.workingDays(30), 21);

        assertEquals(day("2029-07-11"), computation.lastDay());
        DeadlineStep suspension = step(computation, ClockRule.SUSPENSION);
        assertEquals(day("2029-06-20"), suspension.before());
        assertEquals(day("2029-07-11"), suspension.after());
    }

    @Test
    void aSuspensionEndingOnASaturdayIsRolledForward() {
        DeadlineComputation computation = compute("2026-03-02", Period.workingDays(5), 5);

        assertEquals(day("2026-03-16"), computation.lastDay());
        assertEquals(
                List.of(ClockRule.ART_3_1, ClockRule.ART_3_3, ClockRule.SUSPENSION, ClockRule.ART_3_4),
                rules(computation));
    }

    @Test
    void explainsThatWeekendsAndHolidaysWereSkipped() {
        assertEquals(
                "30 working days after Thursday 2 April 2026 ends on Wednesday 20 May 2026"
                        + " (Saturdays, Sundays and public holidays not counted).",
                step(compute("2026-04-02", Period.workingDays(30)), ClockRule.ART_3_3)
                        .explanation());
    }
}
