package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.CALCULATOR;
import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Invalid input is refused with a message a person understands, never a NullPointerException. */
class InvalidInputTest {

    @Test
    void missingStartEvent() {
        ClockRuleException refused = assertRefused(
                "The start event date is missing: a date is required",
                () -> CALCULATOR.compute(null, Period.months(1), 0, FRANCE));
        assertEquals("clock.input.missingDate", refused.messageKey());
    }

    @Test
    void missingPeriod() {
        assertRefused("The period is missing", () -> CALCULATOR.compute(day("2026-01-01"), null, 0, FRANCE));
    }

    @Test
    void missingCalendar() {
        assertRefused(
                "The holiday calendar is missing",
                () -> CALCULATOR.compute(day("2026-01-01"), Period.months(1), 0, null));
    }

    @Test
    void negativeSuspendedDays() {
        assertRefused(
                "The number of suspended days cannot be negative (-3 given)",
                () -> CALCULATOR.compute(day("2026-01-01"), Period.months(1), -3, FRANCE));
    }

    @Test
    void absurdSuspension() {
        assertRefused(
                "A suspension of 50000 days (more than 100 years) is certainly a mistake",
                () -> CALCULATOR.compute(day("2026-01-01"), Period.months(1), 50_000, FRANCE));
    }

    @Test
    void suspensionResumingBeforeItStarted() {
        assertRefused(
                "A suspension cannot resume on 2026-03-01, before it started on 2026-03-10",
                () -> Suspension.between(day("2026-03-10"), day("2026-03-01")));
    }

    @Test
    void lastDayBeforeStartForTheAtRiskThreshold() {
        assertRefused(
                "The last day (2026-01-01) is before the start (2026-02-01)",
                () -> AtRiskThreshold.DEFAULT.atRiskFrom(day("2026-02-01"), day("2026-01-01")));
    }

    @Test
    void missingLaterEventForAPeriodCountedBack() {
        assertRefused(
                "The date of the later event is missing: a date is required",
                () -> CALCULATOR.latestDayBefore(null, Period.days(15), FRANCE));
    }
}
