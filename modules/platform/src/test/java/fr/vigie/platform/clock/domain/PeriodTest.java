package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void refusesAZeroAmount() {
        assertRefused("A period must last at least 1 day; 0 days is not allowed", () -> Period.days(0));
    }

    @Test
    void refusesANegativeAmount() {
        assertRefused("A period must last at least 1 month; -3 months is not allowed", () -> Period.months(-3));
    }

    @Test
    void refusesAnAmountNoLegalTextWouldSet() {
        assertRefused(
                "A period of 10001 months is longer than any legal period (at most 10000)",
                () -> Period.months(10_001));
    }

    @Test
    void refusesAMissingUnit() {
        assertRefused("The period unit is missing", () -> Period.of(3, null));
    }

    @Test
    void readsTheConfigurationForm() {
        assertEquals(Period.months(3), Period.parse("3 months"));
        assertEquals(Period.workingDays(30), Period.parse(" 30   working_days "));
    }

    @Test
    void refusesATextWithoutUnit() {
        assertRefused(
                "Cannot read the period '3': expected an amount and a unit, e.g. '3 months' or '30 working_days'",
                () -> Period.parse("3"));
    }

    @Test
    void refusesAnAmountInWords() {
        assertRefused(
                "Cannot read the period 'three months': 'three' is not a whole number",
                () -> Period.parse("three months"));
    }

    @Test
    void refusesAnUnknownUnitInAPeriod() {
        assertRefused(
                "Unknown period unit 'fortnights': expected days, working_days, weeks, months or years",
                () -> Period.parse("2 fortnights"));
    }

    @Test
    void speaksEnglishWithSingularAndPlural() {
        assertEquals("1 month", Period.months(1).toString());
        assertEquals("30 working days", Period.workingDays(30).toString());
        assertEquals("1 working day", Period.workingDays(1).toString());
    }

    @Test
    void addsPeriodsOfTheSameUnit() {
        assertEquals(Period.months(6), Period.months(3).plus(Period.months(3)));
    }

    @Test
    void refusesToAddPeriodsOfDifferentUnits() {
        assertRefused("Cannot add 10 days to 1 month: the units differ", () -> Period.months(1)
                .plus(Period.days(10)));
    }

    @Test
    void comparesDaysWithWeeksAndMonthsWithYears() {
        assertTrue(Period.days(15).exceeds(Period.weeks(2)));
        assertFalse(Period.days(14).exceeds(Period.weeks(2)));
        assertTrue(Period.years(1).exceeds(Period.months(11)));
        assertFalse(Period.months(3).exceeds(Period.months(3)));
    }

    @Test
    void refusesToCompareDaysWithMonthsBecauseMonthsVaryInLength() {
        assertRefused("30 days and 1 month cannot be compared: express both in the same unit", () -> Period.days(30)
                .exceeds(Period.months(1)));
    }

    @Test
    void valueObjectEquality() {
        assertEquals(Period.parse("4 weeks"), Period.weeks(4));
        assertEquals(Period.weeks(4).hashCode(), Period.of(4, PeriodUnit.WEEKS).hashCode());
    }
}
