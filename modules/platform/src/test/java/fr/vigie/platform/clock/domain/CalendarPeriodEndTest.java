package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.compute;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static fr.vigie.platform.clock.domain.TestDates.rules;
import static fr.vigie.platform.clock.domain.TestDates.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 3(1) and 3(2): where a period nominally ends, before any roll-forward. */
class CalendarPeriodEndTest {

    @Test
    void theEventDayDoesNotCount() {
        DeadlineComputation computation = compute("2026-03-02", Period.days(1));

        assertEquals(day("2026-03-03"), computation.lastDay());
        DeadlineStep first = computation.steps().get(0);
        assertEquals(ClockRule.ART_3_1, first.rule());
        assertEquals(day("2026-03-02"), first.before());
        assertEquals(day("2026-03-03"), first.after());
    }

    @ParameterizedTest(name = "{0} + {1} ends nominally on {2}")
    @CsvSource({
        // Art. 3(2)(c): the same date, or the last day of a shorter month
        "2026-01-31, 1 months, 2026-02-28",
        "2028-01-31, 1 months, 2028-02-29",
        "2026-11-30, 3 months, 2027-02-28",
        "2027-11-30, 3 months, 2028-02-29",
        "2026-08-31, 1 months, 2026-09-30",
        "2026-03-31, 1 months, 2026-04-30",
        "2026-02-28, 3 months, 2026-05-28",
        // years from 29 February
        "2028-02-29, 10 years, 2038-02-28",
        "2028-02-29, 4 years, 2032-02-29",
        "2028-02-29, 1 years, 2029-02-28",
        // weeks: the same weekday
        "2026-04-08, 4 weeks, 2026-05-06",
        "2026-12-25, 4 weeks, 2027-01-22",
        // days: Art. 3(2)(b)
        "2026-10-28, 15 days, 2026-11-12"
    })
    void nominalEnd(LocalDate event, String period, LocalDate nominalEnd) {
        DeadlineComputation computation =
                TestDates.CALCULATOR.compute(event, Period.parse(period), 0, TestDates.FRANCE);

        assertEquals(nominalEnd, computation.steps().get(1).after(), computation.explanation());
    }

    @Test
    void monthPeriodsNameArt32c() {
        assertEquals(List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_C), rules(compute("2029-04-03", Period.months(3))));
    }

    @Test
    void dayPeriodsNameArt32b() {
        assertEquals(List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_B), rules(compute("2026-10-28", Period.days(15))));
    }

    @Test
    void thirtyFirstOfJanuaryPlusOneMonthIsTheEndOfFebruaryThenTheNextWorkingDay() {
        DeadlineComputation computation = compute("2026-01-31", Period.months(1));

        assertEquals(day("2026-03-02"), computation.lastDay());
        assertTrue(
                step(computation, ClockRule.ART_3_2_C).explanation().contains("February 2026 has no 31st"),
                computation.explanation());
    }

    @Test
    void leapYearFebruaryTwentyNinthIsAWorkingDayAndStays() {
        DeadlineComputation computation = compute("2028-01-31", Period.months(1));

        assertEquals(day("2028-02-29"), computation.lastDay());
        assertFalse(computation.applied(ClockRule.ART_3_4));
    }

    @Test
    void thirtiethOfNovemberPlusThreeMonthsEndsOnTheFirstWorkingDayOfMarch() {
        assertEquals(day("2027-03-01"), compute("2026-11-30", Period.months(3)).lastDay());
        assertEquals(day("2028-02-29"), compute("2027-11-30", Period.months(3)).lastDay());
    }

    @Test
    void tenYearsFromTwentyNinthOfFebruaryEndOnTheLastDayOfFebruaryRolledToMonday() {
        DeadlineComputation computation = compute("2028-02-29", Period.years(10));

        assertEquals(day("2038-03-01"), computation.lastDay());
        assertEquals(List.of(ClockRule.ART_3_1, ClockRule.ART_3_2_C, ClockRule.ART_3_4), rules(computation));
    }

    @Test
    void fourYearsFromTwentyNinthOfFebruaryLandOnASundayTwentyNinth() {
        assertEquals(day("2032-03-01"), compute("2028-02-29", Period.years(4)).lastDay());
    }

    @Test
    void theLastDayIsTheLastDayNotTheFirstDayOfBreach() {
        DeadlineComputation computation = compute("2029-04-03", Period.months(3));

        assertEquals(day("2029-07-03"), computation.lastDay());
        assertEquals(day("2029-07-04"), computation.breachedFrom());
    }
}
