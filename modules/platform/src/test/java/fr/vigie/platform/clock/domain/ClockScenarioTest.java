package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clock followed through its life the way the tracking layer will: policy from the
 * catalogue, suspensions recorded as they happen, deadline and status recomputed each day.
 */
class ClockScenarioTest {

    /**
     * A 3-month decision period that may be suspended while the applicant's missing documents are
     * awaited and extended once by 3 months (the catalogue's national authorisation is such a
     * period, of 2 months; the EHDS decisions have no legal basis for a suspension).
     */
    private final LegalPolicy decision = LegalPolicy.builder("SUSPENDABLE_DECISION")
            .title("Decide")
            .legalSource("Test policy")
            .period(Period.months(3))
            .startsWhen("Complete application")
            .stopsWhen("Decision")
            .suspendable(true)
            .extensionRule(ExtensionRule.upTo(1, Period.months(3)))
            .build();

    private final LocalDate complete = day("2029-04-03");

    private ClockStatus statusOn(LocalDate today, Suspensions suspensions, List<Period> extensions) {
        DeadlineComputation deadline =
                decision.computeDeadline(complete, extensions, suspensions.suspendedDaysAsOf(today), FRANCE);
        return ClockStatus.derive(
                today,
                deadline.lastDay(),
                decision.atRiskFrom(complete, deadline.lastDay()),
                suspensions.isSuspendedOn(today),
                ClockOutcome.PENDING);
    }

    @Test
    void theEhdsPermitDecisionCannotBeSuspended() {
        LegalPolicy ehds = PolicyCatalogue.defaults().policy(PolicyCodes.EHDS_ART_68_4_PERMIT_DECISION);
        assertEquals(
                "clock.policy.notSuspendable",
                org.junit.jupiter.api.Assertions.assertThrows(
                                ClockRuleException.class, () -> ehds.computeDeadline(complete, List.of(), 20, FRANCE))
                        .messageKey());
    }

    @Test
    void aDecisionSuspendedThenExtended() {
        Suspensions suspensions = Suspensions.none();
        assertEquals(
                day("2029-07-03"),
                decision.computeDeadline(complete, List.of(), 0, FRANCE).lastDay());
        assertEquals(ClockStatus.RUNNING, statusOn(day("2029-05-02"), suspensions, List.of()));

        // Missing documents requested on 2 May, received on 22 May: 20 days.
        suspensions = suspensions.suspendFrom(day("2029-05-02"));
        assertEquals(ClockStatus.SUSPENDED, statusOn(day("2029-05-10"), suspensions, List.of()));
        suspensions = suspensions.resumeOn(day("2029-05-22"));
        assertEquals(
                day("2029-07-23"),
                decision.computeDeadline(complete, List.of(), suspensions.suspendedDaysAsOf(day("2029-07-01")), FRANCE)
                        .lastDay());

        // 20 % of the 111 days = 22 days before 23 July.
        assertEquals(ClockStatus.RUNNING, statusOn(day("2029-06-30"), suspensions, List.of()));
        assertEquals(ClockStatus.AT_RISK, statusOn(day("2029-07-01"), suspensions, List.of()));

        // Extended once by three months, with reasons.
        List<Period> extended = List.of(Period.months(3));
        assertEquals(
                day("2029-10-23"),
                decision.computeDeadline(complete, extended, suspensions.suspendedDaysAsOf(day("2029-07-15")), FRANCE)
                        .lastDay());
        assertEquals(ClockStatus.RUNNING, statusOn(day("2029-07-15"), suspensions, extended));
        assertEquals(ClockStatus.BREACHED, statusOn(day("2029-10-24"), suspensions, extended));
    }
}
