package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A clock that runs for a period chosen for its case, within its policy's bounds. */
class ChosenPeriodTest {
    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.defaults();
    private static final LegalPolicy FORMAL_NOTICE = CATALOGUE.policy("FORMAL_NOTICE_COMPLIANCE");
    private static final LegalPolicy PERMIT_TERM = CATALOGUE.policy("EHDS_ART_68_12_PERMIT_DURATION");

    @Test
    void theChosenPeriodGivesTheDueDateNotThePolicysDefault() {
        // 15 January 2026 + 2 months = Sunday 15 March 2026, rolled forward to Monday 16 March.
        ClockFacts facts =
                ClockFacts.startedFor(FORMAL_NOTICE, Period.months(2), day("2026-01-15"), day("2026-01-15"), FRANCE);
        assertEquals(
                day("2026-03-16"), facts.evaluateOn(day("2026-01-15"), FRANCE).dueDate());
        assertEquals(
                day("2026-03-16"), facts.explainOn(day("2026-01-15"), FRANCE).lastDay());
        assertTrue(facts.periodChosen());
        // the policy's 3 months would end on 15 April 2026
        assertEquals(
                day("2026-04-15"),
                ClockFacts.started(FORMAL_NOTICE, day("2026-01-15"), day("2026-01-15"))
                        .evaluateOn(day("2026-01-15"), FRANCE)
                        .dueDate());
    }

    @Test
    void aPeriodBelowTheMinimumIsRefusedNamingTheBoundAndTheSource() {
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> ClockFacts.startedFor(
                        FORMAL_NOTICE, Period.days(5), day("2026-01-15"), day("2026-01-15"), FRANCE));
        assertEquals("clock.policy.belowMinimum", refused.messageKey());
        assertEquals(
                "A period of 5 days is shorter than the minimum of 10 days set by Décret 2019-536 art. 38",
                refused.getMessage());
    }

    @Test
    void aPeriodAboveTheMaximumIsRefused() {
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> ClockFacts.startedFor(
                        PERMIT_TERM, Period.years(11), day("2026-01-15"), day("2026-01-15"), FRANCE));
        assertEquals("clock.policy.aboveMaximum", refused.messageKey());
        assertEquals(
                "A period of 11 years is longer than the maximum of 10 years set by Regulation (EU) 2025/327"
                        + " Art. 68(12)",
                refused.getMessage());
        // exactly at the bound is allowed
        ClockFacts.startedFor(PERMIT_TERM, Period.months(120), day("2026-01-15"), day("2026-01-15"), FRANCE);
    }

    @Test
    void aPeriodFixedByLawIsNeverChosen() {
        LegalPolicy art78 = CATALOGUE.policy("GDPR_ART_78_2_INFORM_COMPLAINANT");
        assertFalse(art78.allowsChosenPeriod());
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> ClockFacts.startedFor(art78, Period.months(6), day("2026-01-15"), day("2026-01-15"), FRANCE));
        assertEquals("clock.chosenPeriod.notAllowed", refused.messageKey());
    }

    @Test
    void suspensionsExtensionsAndEndingsKeepTheChosenPeriod() {
        ClockFacts facts =
                ClockFacts.startedFor(PERMIT_TERM, Period.years(2), day("2026-01-15"), day("2026-01-15"), FRANCE);
        // 15 January 2028 is a Saturday: Monday 17 January 2028
        assertEquals(
                day("2028-01-17"), facts.evaluateOn(day("2026-02-01"), FRANCE).dueDate());
        ClockFacts extended = facts.extendedBy(Period.months(6));
        assertEquals(Period.years(2), extended.period());
        // 15 July 2028 is a Saturday: Monday 17 July 2028
        assertEquals(
                day("2028-07-17"),
                extended.evaluateOn(day("2026-02-01"), FRANCE).dueDate());
        assertEquals(Period.years(2), extended.endedAs(ClockOutcome.STOPPED).period());
    }

    @Test
    void theStatusFollowsTheChosenPeriodAsDaysPass() {
        ClockFacts facts =
                ClockFacts.startedFor(FORMAL_NOTICE, Period.days(10), day("2026-01-15"), day("2026-01-15"), FRANCE);
        // 15 January + 10 days = Sunday 25 January, rolled forward to Monday 26 January
        assertEquals(
                ClockStatus.AT_RISK, facts.evaluateOn(day("2026-01-26"), FRANCE).status());
        assertEquals(
                ClockStatus.BREACHED,
                facts.evaluateOn(day("2026-01-27"), FRANCE).status());
        // with the policy's 3 months the clock would still be running
        assertEquals(
                ClockStatus.RUNNING,
                ClockFacts.started(FORMAL_NOTICE, day("2026-01-15"), day("2026-01-15"))
                        .evaluateOn(day("2026-01-27"), FRANCE)
                        .status());
        assertEquals(
                day("2026-01-26"), FORMAL_NOTICE.lastDay(Period.days(10), day("2026-01-15"), List.of(), 0, FRANCE));
    }
}
