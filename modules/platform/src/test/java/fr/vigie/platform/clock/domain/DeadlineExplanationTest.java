package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.compute;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps a screen uses to explain a date, rule by rule. */
class DeadlineExplanationTest {

    @Test
    void explainsARolledMonthEndStepByStepWithLegalReferences() {
        DeadlineComputation computation = compute("2025-11-30", Period.months(3));

        assertEquals(
                String.join(
                        "\n",
                        "The day of the start event, Sunday 30 November 2025, does not count: the period runs from Monday"
                                + " 1 December 2025. [Regulation (EEC, Euratom) No 1182/71, Art. 3(1)]",
                        "3 months after Sunday 30 November 2025 ends on Saturday 28 February 2026 (February 2026 has no 30th,"
                                + " so the period ends on the last day of that month). [Regulation (EEC, Euratom) No 1182/71,"
                                + " Art. 3(2)(c)]",
                        "Saturday 28 February 2026 is a weekend day: the period ends on the next working day, Monday 2 March 2026."
                                + " [Regulation (EEC, Euratom) No 1182/71, Art. 3(4)]"),
                computation.explanation());
    }

    @Test
    void eachStepCarriesItsRuleDatesAndReference() {
        DeadlineStep roll = TestDates.step(compute("2026-05-07", Period.days(2)), ClockRule.ART_3_4);

        assertEquals(day("2026-05-09"), roll.before());
        assertEquals(day("2026-05-11"), roll.after());
        assertEquals("Regulation (EEC, Euratom) No 1182/71, Art. 3(4)", roll.legalReference());
        assertTrue(roll.movedTheDate());
    }

    @Test
    void namesTheHolidayThatMovedTheDate() {
        assertTrue(compute("2026-08-14", Period.days(1)).explanation().contains("a public holiday (Assomption)"));
    }

    @Test
    void stepsCannotBeChangedAfterTheFact() {
        DeadlineComputation computation = compute("2026-05-07", Period.days(2));
        List<DeadlineStep> steps = computation.steps();

        assertThrows(UnsupportedOperationException.class, () -> steps.add(steps.get(0)));
    }

    @Test
    void tellsWhichRulesApplied() {
        DeadlineComputation computation = compute("2026-05-07", Period.days(2));

        assertTrue(computation.applied(ClockRule.ART_3_5));
        assertFalse(computation.applied(ClockRule.SUSPENSION));
    }

    @Test
    void everyRuleNamesItsSource() {
        for (ClockRule rule : ClockRule.values()) {
            assertFalse(rule.legalReference().isBlank(), rule.name());
        }
    }
}
