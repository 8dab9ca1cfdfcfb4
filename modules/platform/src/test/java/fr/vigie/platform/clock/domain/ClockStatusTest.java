package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClockStatusTest {

    private static final LocalDate LAST_DAY = day("2026-04-15");
    private static final LocalDate AT_RISK_FROM = day("2026-03-28");

    private static ClockStatus on(String today, boolean suspended, ClockOutcome outcome) {
        return ClockStatus.derive(day(today), LAST_DAY, AT_RISK_FROM, suspended, outcome);
    }

    @ParameterizedTest(name = "on {0}, suspended={1}, {2}: {3}")
    @CsvSource({
        "2026-03-01, false, PENDING, RUNNING",
        "2026-03-27, false, PENDING, RUNNING",
        "2026-03-28, false, PENDING, AT_RISK",
        "2026-04-15, false, PENDING, AT_RISK",
        "2026-04-16, false, PENDING, BREACHED",
        "2026-03-01, true, PENDING, SUSPENDED",
        "2026-04-10, true, PENDING, SUSPENDED",
        "2026-04-16, true, PENDING, BREACHED",
        "2026-04-20, false, MET, MET",
        "2026-03-01, true, MET, MET",
        "2026-04-20, false, STOPPED, STOPPED"
    })
    void derivesTheStatus(String today, boolean suspended, ClockOutcome outcome, ClockStatus expected) {
        assertEquals(expected, on(today, suspended, outcome));
    }

    @Test
    void theLastDayItselfIsStillOnTime() {
        assertEquals(ClockStatus.AT_RISK, on("2026-04-15", false, ClockOutcome.PENDING));
        assertEquals(ClockStatus.BREACHED, on("2026-04-16", false, ClockOutcome.PENDING));
    }

    @Test
    void onlyMetAndStoppedClocksHaveEnded() {
        assertTrue(ClockStatus.MET.isEnded());
        assertTrue(ClockStatus.STOPPED.isEnded());
        assertFalse(ClockStatus.BREACHED.isEnded(), "a breached clock may still be met, late");
        assertFalse(ClockStatus.SUSPENDED.isEnded());
    }

    @Test
    void worksWithTheComputedDeadlineAndThreshold() {
        DeadlineComputation deadline = TestDates.compute("2026-10-28", Period.days(15));
        LocalDate atRiskFrom = AtRiskThreshold.DEFAULT.atRiskFrom(day("2026-10-28"), deadline.lastDay());

        assertEquals(
                ClockStatus.RUNNING,
                ClockStatus.derive(day("2026-11-01"), deadline.lastDay(), atRiskFrom, false, ClockOutcome.PENDING));
        assertEquals(
                ClockStatus.AT_RISK,
                ClockStatus.derive(day("2026-11-02"), deadline.lastDay(), atRiskFrom, false, ClockOutcome.PENDING));
        assertEquals(
                ClockStatus.BREACHED,
                ClockStatus.derive(
                        deadline.breachedFrom(), deadline.lastDay(), atRiskFrom, false, ClockOutcome.PENDING));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "BREACH, 2026-04-16, BREACHED",
        "BREACH, 2026-04-10, AT_RISK",
        "RIGHT_LAPSES, 2026-04-16, EXPIRED",
        "RIGHT_LAPSES, 2026-04-10, RUNNING",
        "TERM_ENDS, 2026-04-16, EXPIRED",
        "SILENCE_MEANS_ACCEPTANCE, 2026-04-16, EXPIRED",
        "SILENCE_MEANS_ACCEPTANCE, 2026-04-15, RUNNING"
    })
    void onlyAPeriodBindingTheAuthorityIsAtRiskThenBreached(
            ExpiryEffect effect, LocalDate today, ClockStatus expected) {
        assertEquals(
                expected, ClockStatus.derive(today, LAST_DAY, day("2026-04-05"), false, ClockOutcome.PENDING, effect));
    }

    @Test
    void theApplicantsFourWeeksLapseAndTheCommitteesSilenceIsAcceptanceNotTheAuthoritysBreach() {
        PolicyCatalogue catalogue = PolicyCatalogue.defaults();
        for (String code : new String[] {
            "EHDS_ART_67_COMPLETE_APPLICATION",
            "NATIONAL_COMMITTEE_OPINION",
            "NATIONAL_AUTHORISATION_DECISION",
            "EHDS_ART_68_12_PERMIT_DURATION",
            "EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST",
            "COMPLAINT_INSTRUCTION_REQUEST_ANSWER"
        }) {
            ClockFacts facts = ClockFacts.started(catalogue.policy(code), day("2026-01-05"), day("2026-01-05"));
            assertEquals(
                    ClockStatus.EXPIRED,
                    facts.evaluateOn(day("2040-01-05"), TestDates.FRANCE).status(),
                    code);
        }
        ClockFacts art78 = ClockFacts.started(
                catalogue.policy("GDPR_ART_78_2_INFORM_COMPLAINANT"), day("2026-01-05"), day("2026-01-05"));
        assertEquals(
                ClockStatus.BREACHED,
                art78.evaluateOn(day("2026-06-05"), TestDates.FRANCE).status());
    }
}
