package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LegalPolicyTest {

    private static LegalPolicy.Builder formalNotice() {
        return LegalPolicy.builder("FORMAL_NOTICE_COMPLIANCE")
                .title("Comply with the formal notice")
                .legalSource("Décret 2019-536 art. 38")
                .period(Period.months(3))
                .minimumPeriod(Period.days(10))
                .startsWhen("Formal notice notified")
                .stopsWhen("Compliance demonstrated")
                .extensionRule(ExtensionRule.upTo(1));
    }

    private static LegalPolicy ehdsDecision() {
        return LegalPolicy.builder("EHDS_ART_68_4_PERMIT_DECISION")
                .title("Decide on the data permit")
                .legalSource("Regulation (EU) 2025/327 Art. 68(4)")
                .period(Period.months(3))
                .startsWhen("Complete application")
                .stopsWhen("Permit issued or refused")
                .suspendable(true)
                .extensionRule(ExtensionRule.upTo(1, Period.months(3)))
                .build();
    }

    @Test
    void hasSensibleDefaults() {
        LegalPolicy policy = formalNotice().build();

        assertEquals(1, policy.version());
        assertEquals(AtRiskThreshold.DEFAULT, policy.atRiskThreshold());
        assertEquals(CountingDirection.AFTER_EVENT, policy.direction());
        assertEquals(ExpiryEffect.BREACH, policy.expiryEffect());
        assertEquals("FORMAL_NOTICE_COMPLIANCE v1 (Décret 2019-536 art. 38, 3 months)", policy.toString());
    }

    @Test
    void refusesAPolicyWithoutLegalSource() {
        assertRefused(
                "The legal source of policy FORMAL_NOTICE_COMPLIANCE is missing: a non-empty text is required",
                () -> formalNotice().legalSource(" ").build());
    }

    @Test
    void refusesAnUnreadableCode() {
        assertRefused(
                "'formal notice' is not a valid policy code: use capital letters, digits and underscores,"
                        + " e.g. GDPR_ART_78_2",
                () -> LegalPolicy.builder("formal notice").build());
    }

    @Test
    void refusesVersionZero() {
        assertRefused(
                "Policy FORMAL_NOTICE_COMPLIANCE: the version must be 1 or more, not 0",
                () -> formalNotice().version(0).build());
    }

    @Test
    void refusesADefaultBelowItsOwnMinimum() {
        assertRefused(
                "A period of 7 days is shorter than the minimum of 10 days set by Décret 2019-536 art. 38",
                () -> formalNotice().period(Period.days(7)).build());
    }

    @Test
    void aRevisionIsANewVersion() {
        LegalPolicy original = formalNotice().build();
        LegalPolicy revised = original.revise(Period.months(2));

        assertEquals(2, revised.version());
        assertEquals(Period.months(2), revised.period());
        assertEquals(Period.months(3), original.period());
        assertNotEquals(original, revised);
    }

    @Test
    void aRevisionMustRespectTheMinimum() {
        assertRefused(
                "A period of 9 days is shorter than the minimum of 10 days set by Décret 2019-536 art. 38",
                () -> formalNotice().build().revise(Period.days(9)));
    }

    @Test
    void checksAPeriodChosenCaseByCaseAgainstTheBounds() {
        LegalPolicy policy = formalNotice().build();

        assertDoesNotThrow(() -> policy.requireAllowedPeriod(day("2026-01-01"), Period.days(10), FRANCE));
        assertDoesNotThrow(() -> policy.requireAllowedPeriod(day("2026-01-01"), Period.weeks(2), FRANCE));
        assertRefused(
                "A period of 1 week is shorter than the minimum of 10 days set by Décret 2019-536 art. 38",
                () -> policy.requireAllowedPeriod(day("2026-01-01"), Period.weeks(1), FRANCE));
    }

    @Test
    void checksAMaximumDuration() {
        LegalPolicy permit = LegalPolicy.builder("PERMIT")
                .title("Permit")
                .legalSource("Regulation (EU) 2025/327 Art. 68(12)")
                .period(Period.years(10))
                .maximumPeriod(Period.years(10))
                .startsWhen("Issued")
                .stopsWhen("Revoked")
                .expiryEffect(ExpiryEffect.TERM_ENDS)
                .build();

        assertDoesNotThrow(() -> permit.requireAllowedPeriod(day("2029-03-26"), Period.years(5), FRANCE));
        assertRefused(
                "A period of 121 months is longer than the maximum of 10 years set by Regulation (EU) 2025/327"
                        + " Art. 68(12)",
                () -> permit.requireAllowedPeriod(day("2029-03-26"), Period.months(121), FRANCE));
    }

    @Test
    void computesTheDeadlineWithAnAllowedExtensionAndSuspension() {
        DeadlineComputation computation =
                ehdsDecision().computeDeadline(day("2029-01-15"), List.of(Period.months(3)), 30, FRANCE);

        assertEquals(day("2029-08-14"), computation.lastDay());
    }

    @Test
    void refusesASecondExtensionWhenComputing() {
        assertRefused(
                "No further extension is possible: Regulation (EU) 2025/327 Art. 68(4) allows one extension"
                        + " and 1 was already granted",
                () -> ehdsDecision()
                        .computeDeadline(day("2029-01-15"), List.of(Period.months(2), Period.months(1)), 0, FRANCE));
    }

    @Test
    void refusesSuspendedDaysOnAPolicyThatCannotBeSuspended() {
        assertRefused(
                "The deadline under Décret 2019-536 art. 38 cannot be suspended (5 suspended days given)",
                () -> formalNotice().build().computeDeadline(day("2026-01-15"), List.of(), 5, FRANCE));
    }

    @Test
    void aPolicyCountedBackFromAnEventGivesTheLatestDay() {
        LegalPolicy hearingNotice = LegalPolicy.builder("HEARING_NOTICE")
                .title("Send the hearing notice")
                .legalSource("Sanctions procedure")
                .period(Period.days(15))
                .direction(CountingDirection.BEFORE_EVENT)
                .startsWhen("Hearing date set")
                .stopsWhen("Notice sent")
                .build();

        assertEquals(
                day("2026-10-28"),
                hearingNotice
                        .computeDeadline(day("2026-11-12"), List.of(), 0, FRANCE)
                        .lastDay());
    }

    @Test
    void aPolicyCountedBackCannotBeSuspended() {
        assertRefused(
                "Policy HEARING_NOTICE counts back from a later event: it can be neither suspended nor extended",
                () -> LegalPolicy.builder("HEARING_NOTICE")
                        .title("Send the hearing notice")
                        .legalSource("Sanctions")
                        .period(Period.days(15))
                        .direction(CountingDirection.BEFORE_EVENT)
                        .suspendable(true)
                        .startsWhen("Hearing date set")
                        .stopsWhen("Notice sent")
                        .build());
    }

    @Test
    void delegatesTheAtRiskRuleToItsThreshold() {
        LegalPolicy policy =
                formalNotice().atRiskThreshold(new AtRiskThreshold(50, 0)).build();

        assertEquals(day("2026-01-31"), policy.atRiskFrom(day("2026-01-01"), day("2026-03-02")));
    }
}
