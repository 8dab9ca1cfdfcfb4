package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuspensionsTest {

    private static final Suspension MARCH = Suspension.between(day("2026-03-02"), day("2026-03-10"));
    private static final Suspension APRIL = Suspension.between(day("2026-04-01"), day("2026-04-15"));

    @Test
    void addsUpTheDaysOfEverySuspension() {
        Suspensions suspensions = Suspensions.of(List.of(APRIL, MARCH));

        assertEquals(22, suspensions.suspendedDaysAsOf(day("2026-05-01")));
        assertEquals(List.of(MARCH, APRIL), suspensions.asList(), "kept in date order");
    }

    @Test
    void countsOnlyWhatIsSuspendedAtTheGivenDate() {
        Suspensions suspensions = Suspensions.of(List.of(MARCH, APRIL));

        assertEquals(8 + 4, suspensions.suspendedDaysAsOf(day("2026-04-05")));
    }

    @Test
    void refusesOverlappingSuspensionsNamingBoth() {
        Suspensions suspensions = Suspensions.none().add(MARCH);

        ClockRuleException refused = assertRefused(
                "The suspension from 2026-03-05 to 2026-03-20 overlaps the existing"
                        + " suspension from 2026-03-02 to 2026-03-10: a clock cannot be suspended twice on the same day",
                () -> suspensions.add(Suspension.between(day("2026-03-05"), day("2026-03-20"))));
        assertEquals("clock.suspension.overlap", refused.messageKey());
    }

    @Test
    void refusesASuspensionInsideAnother() {
        assertRefused(
                "The suspension from 2026-03-03 to 2026-03-04 overlaps the existing suspension from 2026-03-02"
                        + " to 2026-03-10: a clock cannot be suspended twice on the same day",
                () -> Suspensions.of(List.of(MARCH, Suspension.between(day("2026-03-03"), day("2026-03-04")))));
    }

    @Test
    void refusesASuspensionAfterAnOpenOne() {
        Suspensions suspensions = Suspensions.none().suspendFrom(day("2026-03-02"));

        assertRefused(
                "The suspension from 2026-06-01 to 2026-06-10 overlaps the existing suspension from 2026-03-02"
                        + " (still open): a clock cannot be suspended twice on the same day",
                () -> suspensions.add(Suspension.between(day("2026-06-01"), day("2026-06-10"))));
    }

    @Test
    void acceptsASuspensionStartingTheDayTheClockResumed() {
        Suspensions suspensions =
                Suspensions.none().add(MARCH).add(Suspension.between(day("2026-03-10"), day("2026-03-15")));

        assertEquals(13, suspensions.suspendedDaysAsOf(day("2026-04-01")));
    }

    @Test
    void acceptsAnEarlierClosedSuspensionBesideAnOpenOne() {
        Suspensions suspensions =
                Suspensions.none().suspendFrom(day("2026-04-01")).add(MARCH);

        assertEquals(8 + 9, suspensions.suspendedDaysAsOf(day("2026-04-10")));
    }

    @Test
    void suspendThenResume() {
        Suspensions suspended = Suspensions.none().suspendFrom(day("2026-03-02"));
        Suspensions resumed = suspended.resumeOn(day("2026-03-10"));

        assertTrue(suspended.isSuspendedOn(day("2026-03-20")));
        assertFalse(resumed.isSuspendedOn(day("2026-03-20")));
        assertEquals(Optional.empty(), resumed.open());
        assertEquals(Suspensions.none().add(MARCH), resumed);
        assertEquals(
                Optional.of(Suspension.openFrom(day("2026-03-02"))), suspended.open(), "the original is unchanged");
    }

    @Test
    void cannotResumeAClockThatIsNotSuspended() {
        assertRefused(
                "The clock cannot resume on 2026-03-10: it is not suspended",
                () -> Suspensions.none().add(MARCH).resumeOn(day("2026-03-10")));
    }

    @Test
    void noSuspensionNoDays() {
        assertTrue(Suspensions.none().isEmpty());
        assertEquals(0, Suspensions.none().suspendedDaysAsOf(day("2026-03-10")));
    }
}
