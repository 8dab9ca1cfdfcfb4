package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.CALCULATOR;
import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static fr.vigie.platform.clock.domain.TestDates.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extensions: same unit, added to the period from the start event; other units, after the previous end. */
class ExtensionTest {

    private static DeadlineComputation extended(String event, Period base, Period... extensions) {
        DeadlineComputation computation =
                CALCULATOR.computeWithExtensions(day(event), base, List.of(extensions), 0, FRANCE);
        // The batch fast path, without explanations, must agree on every case of this class.
        assertEquals(computation.lastDay(), CALCULATOR.lastDay(day(event), base, List.of(extensions), 0, FRANCE));
        return computation;
    }

    @Test
    void anEhdsDecisionExtendedOnceEndsSixMonthsAfterTheCompleteApplication() {
        assertEquals(
                day("2029-10-03"),
                extended("2029-04-03", Period.months(3), Period.months(3)).lastDay());
    }

    @Test
    void anExtensionCountsFromTheStartNotFromAClampedMonthEnd() {
        // 30 November + 3 months is clamped to 28 February; 3 more months from there would be
        // 28 May. Counted from the start, 6 months end on Saturday 30 May, rolled to 1 June.
        DeadlineComputation computation = extended("2025-11-30", Period.months(3), Period.months(3));

        assertEquals(day("2026-06-01"), computation.lastDay());
        DeadlineStep extension = TestDates.step(computation, ClockRule.EXTENSION);
        assertEquals(day("2026-02-28"), extension.before());
        assertEquals(day("2026-05-30"), extension.after());
        assertEquals(
                List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_C, ClockRule.EXTENSION, ClockRule.ART_3_4),
                rules(computation));
    }

    @Test
    void anExtensionInAnotherUnitRunsFromThePreviousNominalEnd() {
        // 31 January + 1 month = 28 February (nominal, not rolled); + 15 days = Sunday 15 March.
        assertEquals(
                day("2026-03-16"),
                extended("2026-01-31", Period.months(1), Period.days(15)).lastDay());
    }

    @Test
    void furtherExtensionsInThatUnitAreAddedToIt() {
        assertEquals(
                day("2026-04-17"),
                extended("2026-03-02", Period.months(1), Period.days(10), Period.days(5))
                        .lastDay());
    }

    @Test
    void weeksExtendedByWeeks() {
        assertEquals(
                day("2026-05-20"),
                extended("2026-04-08", Period.weeks(4), Period.weeks(2)).lastDay());
    }

    @Test
    void workingDaysExtendedByWorkingDays() {
        assertEquals(
                day("2026-06-04"),
                extended("2026-04-02", Period.workingDays(30), Period.workingDays(10))
                        .lastDay());
    }

    @Test
    void suspensionAppliesToTheExtendedPeriod() {
        DeadlineComputation computation = CALCULATOR.computeWithExtensions(
                day("2029-01-15"), Period.months(3), List.of(Period.months(3)), 30, FRANCE);

        assertEquals(day("2029-08-14"), computation.lastDay());
    }

    @Test
    void noExtensionIsTheSameAsCompute() {
        assertEquals(
                CALCULATOR.compute(day("2026-01-31"), Period.months(1), 0, FRANCE),
                extended("2026-01-31", Period.months(1)));
    }

    @Test
    void explainsAnExtensionAddedToThePeriod() {
        DeadlineComputation computation = extended("2029-04-03", Period.months(3), Period.months(3));

        assertEquals(
                "An extension of 3 months is added to the 3 months counted from Tuesday 3 April 2029"
                        + " (6 months in all): the end moves from Tuesday 3 July 2029 to Wednesday 3 October 2029.",
                TestDates.step(computation, ClockRule.EXTENSION).explanation());
    }

    @Test
    void refusesAMissingExtension() {
        List<Period> extensions = new ArrayList<>(Arrays.asList(Period.months(3), null));
        assertRefused(
                "The extension no. 2 is missing",
                () -> CALCULATOR.computeWithExtensions(day("2029-04-03"), Period.months(3), extensions, 0, FRANCE));
    }

    @Test
    void refusesAMissingListOfExtensions() {
        assertRefused(
                "The list of extensions is missing",
                () -> CALCULATOR.computeWithExtensions(day("2029-04-03"), Period.months(3), null, 0, FRANCE));
    }
}
