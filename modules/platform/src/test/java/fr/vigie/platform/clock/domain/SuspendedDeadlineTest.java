package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.compute;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static fr.vigie.platform.clock.domain.TestDates.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Suspended days move the end before Art. 3(4) applies. */
class SuspendedDeadlineTest {

    @Test
    void thirtySuspendedDaysOnAnEhdsDecision() {
        assertEquals(
                day("2029-05-15"), compute("2029-01-15", Period.months(3), 30).lastDay());
    }

    @Test
    void theSuspensionComesBeforeTheRollForward() {
        DeadlineComputation computation = compute("2026-05-22", Period.months(1), 12);

        assertEquals(day("2026-07-06"), computation.lastDay());
        assertEquals(
                List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_C, ClockRule.SUSPENSION, ClockRule.ART_3_4),
                rules(computation));
    }

    @Test
    void aSuspensionCanMoveANominalSaturdayToAWorkingDayWithoutRollForward() {
        // 31 January + 1 month = Saturday 28 February; + 2 suspended days = Monday 2 March.
        // Rolling first would have given Monday 2 March + 2 = Wednesday 4 March.
        DeadlineComputation computation = compute("2026-01-31", Period.months(1), 2);

        assertEquals(day("2026-03-02"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_4));
    }

    @Test
    void noSuspensionNoStep() {
        assertFalse(compute("2026-01-15", Period.months(1), 0).applied(ClockRule.SUSPENSION));
    }

    @Test
    void explainsTheSuspension() {
        DeadlineComputation computation = compute("2029-01-15", Period.months(3), 30);

        assertEquals(
                "30 suspended days move the end from Sunday 15 April 2029 to Tuesday 15 May 2029.",
                TestDates.step(computation, ClockRule.SUSPENSION).explanation());
    }

    @Test
    void oneSuspendedDayIsSingular() {
        DeadlineComputation computation = compute("2026-01-15", Period.months(1), 1);

        assertEquals(
                "1 suspended day moves the end from Sunday 15 February 2026 to Monday 16 February 2026.",
                TestDates.step(computation, ClockRule.SUSPENSION).explanation());
    }

    @Test
    void daysCountedBySuspensionsFeedTheCalculator() {
        Suspensions suspensions = Suspensions.none()
                .add(Suspension.between(day("2029-02-01"), day("2029-02-11")))
                .add(Suspension.between(day("2029-03-01"), day("2029-03-21")));

        long suspendedDays = suspensions.suspendedDaysAsOf(day("2029-04-01"));

        assertEquals(30, suspendedDays);
        assertEquals(
                day("2029-05-15"),
                compute("2029-01-15", Period.months(3), suspendedDays).lastDay());
    }
}
