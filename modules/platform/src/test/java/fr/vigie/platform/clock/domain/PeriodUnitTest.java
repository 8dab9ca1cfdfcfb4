package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PeriodUnitTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"days, DAYS", "working_days, WORKING_DAYS", "weeks, WEEKS", "months, MONTHS", "years, YEARS"})
    void readsTheConfigurationSpelling(String spelling, PeriodUnit expected) {
        assertEquals(expected, PeriodUnit.parse(spelling));
    }

    @Test
    void forgivesCaseAndSurroundingBlanksTypedByHand() {
        assertEquals(PeriodUnit.WORKING_DAYS, PeriodUnit.parse("  Working_Days "));
    }

    @ParameterizedTest
    @EnumSource(PeriodUnit.class)
    void spellingReadsBackToTheSameUnit(PeriodUnit unit) {
        assertEquals(unit, PeriodUnit.parse(unit.spelling()));
    }

    @Test
    void refusesAnUnknownUnitListingTheAcceptedOnes() {
        ClockRuleException refused = assertRefused(
                "Unknown period unit 'fortnights': expected days, working_days, weeks, months or years",
                () -> PeriodUnit.parse("fortnights"));
        assertEquals("clock.period.unknownUnit", refused.messageKey());
        assertEquals("fortnights", refused.arguments().get(0));
    }

    @Test
    void refusesTheSingularBecauseConfigurationFilesUseOneSpelling() {
        assertRefused(
                "Unknown period unit 'month': expected days, working_days, weeks, months or years",
                () -> PeriodUnit.parse("month"));
    }

    @Test
    void refusesAMissingUnit() {
        assertRefused(
                "Unknown period unit 'null': expected days, working_days, weeks, months or years",
                () -> PeriodUnit.parse(null));
    }

    @Test
    void onlyWorkingDaysSkipWeekendsAndHolidays() {
        assertFalse(PeriodUnit.WORKING_DAYS.isCalendarUnit());
        assertTrue(PeriodUnit.DAYS.isCalendarUnit());
        assertTrue(PeriodUnit.MONTHS.isCalendarUnit());
    }
}
