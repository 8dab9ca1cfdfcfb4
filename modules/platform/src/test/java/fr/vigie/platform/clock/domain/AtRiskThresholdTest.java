package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** At risk when 20 % of the period or 10 days are left, whichever is larger. */
class AtRiskThresholdTest {

    private final AtRiskThreshold threshold = AtRiskThreshold.DEFAULT;

    @Test
    void onALongPeriodTwentyPercentIsLarger() {
        // 15 January to 15 April 2026: 90 days, 20 % = 18 days.
        assertEquals(day("2026-03-28"), threshold.atRiskFrom(day("2026-01-15"), day("2026-04-15")));
    }

    @Test
    void onAShortPeriodTenDaysIsLarger() {
        // 28 October to 12 November 2026: 15 days, 20 % = 3 days, so 10 days.
        assertEquals(day("2026-11-02"), threshold.atRiskFrom(day("2026-10-28"), day("2026-11-12")));
    }

    @Test
    void atFiftyDaysBothRulesAgree() {
        assertEquals(day("2026-02-10"), threshold.atRiskFrom(day("2026-01-01"), day("2026-02-20")));
    }

    @Test
    void aPeriodShorterThanTenDaysIsAtRiskFromTheStart() {
        assertEquals(day("2026-05-01"), threshold.atRiskFrom(day("2026-05-01"), day("2026-05-08")));
    }

    @Test
    void aTenYearPermitWarnsTwoYearsBefore() {
        // 3,654 days, 20 % = 730 days.
        assertEquals(day("2037-03-28"), threshold.atRiskFrom(day("2029-03-26"), day("2039-03-28")));
    }

    @Test
    void atRiskUntilTheLastDayThenBreachedNotAtRisk() {
        assertFalse(threshold.isAtRisk(day("2026-03-27"), day("2026-01-15"), day("2026-04-15")));
        assertTrue(threshold.isAtRisk(day("2026-03-28"), day("2026-01-15"), day("2026-04-15")));
        assertTrue(threshold.isAtRisk(day("2026-04-15"), day("2026-01-15"), day("2026-04-15")));
        assertFalse(threshold.isAtRisk(day("2026-04-16"), day("2026-01-15"), day("2026-04-15")));
    }

    @Test
    void aPolicyMayWarnOnlyOnTheLastDay() {
        assertEquals(day("2026-04-15"), new AtRiskThreshold(0, 0).atRiskFrom(day("2026-01-15"), day("2026-04-15")));
    }

    @Test
    void refusesAShareAboveOneHundredPercent() {
        assertRefused("The at-risk share must be between 0 and 100 %, not 120 %", () -> new AtRiskThreshold(120, 10));
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertRefused("The at-risk number of days cannot be negative (-1 given)", () -> new AtRiskThreshold(20, -1));
    }
}
