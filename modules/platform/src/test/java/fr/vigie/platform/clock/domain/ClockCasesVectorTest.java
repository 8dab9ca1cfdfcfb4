package fr.vigie.platform.clock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of the clock test vectors through the calculator with the French calendar.
 *
 * <p>The vectors are the reference the lawyers maintain (DOMAIN.md: "the clock engine must
 * pass every row"). Each row is its own test whose name starts with the case id, so a
 * failure reads "C015: 2026-05-22 + 1 month + 12 suspended days -> 2026-07-06". Another file
 * can be checked with {@code -Dvigie.clock.cases=/path/to/cases.csv}.
 */
class ClockCasesVectorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator();

    static Stream<Arguments> cases() {
        return ClockCasesFile.load().stream().map(row -> Arguments.of(Named.of(row.toString(), row)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computesTheExpectedLastDay(ClockCase row) {
        DeadlineComputation computation =
                calculator.compute(row.eventDate(), row.period(), row.suspendedDays(), FrenchPublicHolidays.INSTANCE);

        assertEquals(
                row.expectedEnd(),
                computation.lastDay(),
                () -> row.id() + " failed; the engine explains:\n" + computation.explanation());
    }

    /** The batch fast path (no explanations) must find the same day as the explained computation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFastPathWithoutExplanationsAgrees(ClockCase row) {
        assertEquals(
                row.expectedEnd(),
                calculator.lastDay(
                        row.eventDate(), row.period(), List.of(), row.suspendedDays(), FrenchPublicHolidays.INSTANCE),
                row.id());
        assertEquals(
                calculator
                        .latestDayBefore(row.eventDate(), row.period(), FrenchPublicHolidays.INSTANCE)
                        .lastDay(),
                calculator.latestDay(row.eventDate(), row.period(), FrenchPublicHolidays.INSTANCE),
                row.id());
    }

    @Test
    void theVectorFileIsNotEmpty() {
        List<ClockCase> rows = ClockCasesFile.load();
        assertFalse(rows.isEmpty(), "no case in " + ClockCasesFile.origin());
    }
}
