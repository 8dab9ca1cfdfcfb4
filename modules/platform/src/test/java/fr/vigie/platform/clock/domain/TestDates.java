package fr.vigie.platform.clock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Short helpers that keep the date-heavy tests readable. */
final class TestDates {

    static final HolidayCalendar FRANCE = FrenchPublicHolidays.INSTANCE;
    static final DeadlineCalculator CALCULATOR = new DeadlineCalculator();

    private TestDates() {}

    /** An ISO date, e.g. {@code day("2026-05-14")}. */
    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static DeadlineComputation compute(String event, Period period) {
        return CALCULATOR.compute(day(event), period, 0, FRANCE);
    }

    static DeadlineComputation compute(String event, Period period, long suspendedDays) {
        return CALCULATOR.compute(day(event), period, suspendedDays, FRANCE);
    }

    static List<ClockRule> rules(DeadlineComputation computation) {
        return computation.steps().stream().map(DeadlineStep::rule).toList();
    }

    static DeadlineStep step(DeadlineComputation computation, ClockRule rule) {
        return computation.steps().stream()
                .filter(s -> s.rule() == rule)
                .findFirst()
                .orElseThrow(() -> new AssertionError(rule + " not applied:\n" + computation.explanation()));
    }

    /** Asserts that {@code action} is refused with exactly {@code message}. */
    static ClockRuleException assertRefused(String message, Executable action) {
        ClockRuleException refused = assertThrows(ClockRuleException.class, action);
        assertEquals(message, refused.getMessage());
        return refused;
    }
}
