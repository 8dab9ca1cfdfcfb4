package fr.vigie.platform.clock.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.clock.domain.ClockFacts;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.domain.FrenchPublicHolidays;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The at-risk warning of short periods is the policy's own: the acknowledgement of a complaint
 * (5 working days, about a week) used to show "at risk" from its first day under the default
 * of 10 days; its policy now warns with 2 days left. Edge days around the weekend and the
 * breach, and the key read back from a stored definition (the administrator's versions).
 */
class ShortPeriodAtRiskTest {
    private static final LegalPolicy ACKNOWLEDGEMENT =
            PolicyCatalogue.defaults().policy("COMPLAINT_ACKNOWLEDGEMENT");

    private static ClockStatus statusOn(LegalPolicy policy, LocalDate received, LocalDate today) {
        return ClockFacts.started(policy, received, received)
                .evaluateOn(today, FrenchPublicHolidays.INSTANCE)
                .status();
    }

    @ParameterizedTest(name = "received Monday 2 March 2026, on {0}: {1}")
    @CsvSource({
        "2026-03-02, RUNNING", // the day received: not at risk any more
        "2026-03-03, RUNNING",
        "2026-03-06, RUNNING", // Friday, 3 days left
        "2026-03-07, AT_RISK", // Saturday, 2 days left (last day Monday 9 March)
        "2026-03-09, AT_RISK", // the last day: still on time
        "2026-03-10, BREACHED"
    }) // the day after
    void receivedOnAMonday(LocalDate today, ClockStatus expected) {
        assertEquals(
                LocalDate.of(2026, 3, 9),
                ClockFacts.started(ACKNOWLEDGEMENT, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))
                        .evaluateOn(today, FrenchPublicHolidays.INSTANCE)
                        .dueDate());
        assertEquals(expected, statusOn(ACKNOWLEDGEMENT, LocalDate.of(2026, 3, 2), today));
    }

    @ParameterizedTest(name = "received Wednesday 4 March 2026, on {0}: {1}")
    @CsvSource({
        "2026-03-08, RUNNING", // Sunday, 3 days left (last day Wednesday 11 March)
        "2026-03-09, AT_RISK", // Monday, 2 days left
        "2026-03-11, AT_RISK",
        "2026-03-12, BREACHED"
    })
    void receivedOnAWednesday(LocalDate today, ClockStatus expected) {
        assertEquals(expected, statusOn(ACKNOWLEDGEMENT, LocalDate.of(2026, 3, 4), today));
    }

    @Test
    void theMinimumIsThePolicysAndSurvivesAStoredDefinition() {
        assertEquals(2, ACKNOWLEDGEMENT.atRiskThreshold().minimumDays());
        assertEquals(2, ACKNOWLEDGEMENT.version(), "a new version: running clocks keep the warning they had");
        Map<String, String> attributes =
                PolicyRegistry.attributesOf(PolicyCatalogue.defaultProperties(), "COMPLAINT_ACKNOWLEDGEMENT");
        attributes.put("at-risk.minimum-days", "3");
        LegalPolicy stored = PolicyRegistry.parse("COMPLAINT_ACKNOWLEDGEMENT", PolicyRegistry.definition(attributes));
        assertEquals(3, stored.atRiskThreshold().minimumDays());
        assertEquals(ClockStatus.AT_RISK, statusOn(stored, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
        attributes.remove("at-risk.minimum-days");
        LegalPolicy firstVersion =
                PolicyRegistry.parse("COMPLAINT_ACKNOWLEDGEMENT", PolicyRegistry.definition(attributes));
        assertEquals(10, firstVersion.atRiskThreshold().minimumDays(), "without the key: the default");
        assertEquals(
                ClockStatus.AT_RISK,
                statusOn(firstVersion, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)),
                "the old behaviour: at risk from the first day");
    }

    @Test
    void otherShortPeriodsWarnWithFiveDaysLeft() {
        PolicyCatalogue catalogue = PolicyCatalogue.defaults();
        for (String code :
                new String[] {"INSPECTION_OBSERVATIONS", "HEARING_NOTICE", "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION"}) {
            assertEquals(5, catalogue.policy(code).atRiskThreshold().minimumDays(), code);
        }
        // 15 days from Monday 2 November 2026: last day Tuesday 17 November; the warning day is the 12th.
        LegalPolicy observations = catalogue.policy("INSPECTION_OBSERVATIONS");
        assertEquals(
                LocalDate.of(2026, 11, 12),
                observations.atRiskFrom(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 17)));
        // but the organisation's period does not bind the authority: never shown at risk, nor breached
        assertEquals(
                ClockStatus.RUNNING, statusOn(observations, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 12)));
        assertEquals(
                ClockStatus.EXPIRED, statusOn(observations, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 18)));
    }
}
