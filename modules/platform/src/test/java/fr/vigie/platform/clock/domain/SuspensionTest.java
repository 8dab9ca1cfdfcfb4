package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuspensionTest {

    private final Suspension secondToTenthOfMarch = Suspension.between(day("2026-03-02"), day("2026-03-10"));

    @Test
    void suspendsFromTheFirstDayUpToTheDayBeforeResumption() {
        assertEquals(8, secondToTenthOfMarch.suspendedDaysAsOf(day("2026-04-01")));
    }

    @Test
    void countsOnlyTheDaysAlreadySuspendedAtAGivenDate() {
        assertEquals(0, secondToTenthOfMarch.suspendedDaysAsOf(day("2026-03-01")));
        assertEquals(0, secondToTenthOfMarch.suspendedDaysAsOf(day("2026-03-02")));
        assertEquals(3, secondToTenthOfMarch.suspendedDaysAsOf(day("2026-03-05")));
        assertEquals(8, secondToTenthOfMarch.suspendedDaysAsOf(day("2026-03-10")));
    }

    @Test
    void anOpenSuspensionCountsAsIfTheClockResumedThatDay() {
        Suspension open = Suspension.openFrom(day("2026-03-02"));

        assertTrue(open.isOpen());
        assertEquals(Optional.empty(), open.resumedOn());
        assertEquals(10, open.suspendedDaysAsOf(day("2026-03-12")));
    }

    @Test
    void coversTheSuspendedDaysOnly() {
        assertFalse(secondToTenthOfMarch.covers(day("2026-03-01")));
        assertTrue(secondToTenthOfMarch.covers(day("2026-03-02")));
        assertTrue(secondToTenthOfMarch.covers(day("2026-03-09")));
        assertFalse(secondToTenthOfMarch.covers(day("2026-03-10")), "the clock runs again on the day it resumes");
    }

    @Test
    void resumingClosesTheSuspension() {
        Suspension resumed = Suspension.openFrom(day("2026-03-02")).resume(day("2026-03-10"));

        assertEquals(secondToTenthOfMarch, resumed);
        assertFalse(resumed.isOpen());
    }

    @Test
    void cannotResumeTwice() {
        assertRefused(
                "The suspension from 2026-03-02 already ended on 2026-03-10",
                () -> secondToTenthOfMarch.resume(day("2026-03-12")));
    }

    @Test
    void aSuspensionResumedTheSameDaySuspendsNothing() {
        Suspension sameDay = Suspension.between(day("2026-03-02"), day("2026-03-02"));

        assertEquals(0, sameDay.suspendedDaysAsOf(day("2026-04-01")));
        assertFalse(sameDay.overlaps(secondToTenthOfMarch));
    }

    @Test
    void refusesAMissingStart() {
        assertRefused(
                "The first day of the suspension is missing: a date is required", () -> Suspension.openFrom(null));
    }

    @Test
    void readsWell() {
        assertEquals("suspension from 2026-03-02 to 2026-03-10", secondToTenthOfMarch.toString());
        assertEquals(
                "suspension from 2026-03-02 (still open)",
                Suspension.openFrom(day("2026-03-02")).toString());
    }
}
