package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyCatalogueTest {

    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.defaults();

    static Stream<LegalPolicy> everyPolicy() {
        return CATALOGUE.all().stream();
    }

    @Test
    void listsExactlyThePolicyCodesConstants() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : PolicyCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                constants.add((String) field.get(null));
            }
        }
        assertEquals(constants, CATALOGUE.codes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPolicy")
    void everyPolicyNamesItsSourceAndWhatStartsAndStopsIt(LegalPolicy policy) {
        assertFalse(policy.legalSource().isBlank());
        assertFalse(policy.title().isBlank());
        assertFalse(policy.startsWhen().isBlank());
        assertFalse(policy.stopsWhen().isBlank());
        assertEquals(
                RELEASED_VERSIONS.get(policy.code()),
                policy.version(),
                "a changed definition is a new version: raise it here and in the catalogue together");
    }

    /** The version of each policy in this release: running clocks keep theirs, so a change must never reuse one. */
    private static final java.util.Map<String, Integer> RELEASED_VERSIONS = java.util.Map.ofEntries(
            java.util.Map.entry("COMPLAINT_ACKNOWLEDGEMENT", 2),
            java.util.Map.entry("GDPR_ART_78_2_INFORM_COMPLAINANT", 1),
            java.util.Map.entry("COMPLAINT_INSTRUCTION_REQUEST_ANSWER", 2),
            java.util.Map.entry("INSPECTION_OBSERVATIONS", 2),
            java.util.Map.entry("FORMAL_NOTICE_COMPLIANCE", 1),
            java.util.Map.entry("SANCTION_REPORT_REPLY", 1),
            java.util.Map.entry("RAPPORTEUR_ANSWER", 1),
            java.util.Map.entry("HEARING_NOTICE", 2),
            java.util.Map.entry("CONSEIL_ETAT_APPEAL", 1),
            java.util.Map.entry("CONSEIL_ETAT_APPEAL_ABROAD", 1),
            java.util.Map.entry("GDPR_ART_60_4_OBJECTION", 2),
            java.util.Map.entry("GDPR_ART_60_5_REVISED_DRAFT_OBJECTION", 3),
            java.util.Map.entry("NATIONAL_COMMITTEE_OPINION", 1),
            java.util.Map.entry("NATIONAL_AUTHORISATION_DECISION", 2),
            java.util.Map.entry("DOSSIER_COMPLETENESS_CHECK", 1),
            java.util.Map.entry("EHDS_ART_67_COMPLETE_APPLICATION", 1),
            java.util.Map.entry("EHDS_ART_68_4_PERMIT_DECISION", 2),
            java.util.Map.entry("EHDS_ART_68_6_ACCELERATED_DECISION", 2),
            java.util.Map.entry("EHDS_ART_60_2_DATA_HOLDER_DELIVERY", 1),
            java.util.Map.entry("EHDS_ART_68_7_DATA_AVAILABILITY", 1),
            java.util.Map.entry("EHDS_ART_69_4_DATA_REQUEST_DECISION", 3),
            java.util.Map.entry("EHDS_ART_69_4_DATA_REQUEST_RESULT", 1),
            java.util.Map.entry("EHDS_ART_57_1_J_PUBLICATION", 1),
            java.util.Map.entry("EHDS_ART_68_12_PERMIT_DURATION", 1),
            java.util.Map.entry("EHDS_ART_68_12_DATA_DELETION", 1),
            java.util.Map.entry("EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST", 1),
            java.util.Map.entry("EHDS_TARGET_PSEUDONYMISED_ACCESS", 2),
            java.util.Map.entry("EHDS_TARGET_ANONYMISED_ACCESS", 2),
            java.util.Map.entry("GDPR_PR_ART_4_2_INADMISSIBILITY", 1),
            java.util.Map.entry("GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE", 2),
            java.util.Map.entry("GDPR_PR_COMPLAINT_TRANSMISSION", 2),
            java.util.Map.entry("GDPR_PR_INVESTIGATION", 2),
            java.util.Map.entry("GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION", 2),
            java.util.Map.entry("GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION", 1),
            java.util.Map.entry("GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION", 1),
            java.util.Map.entry("GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY", 1),
            java.util.Map.entry("GDPR_PR_ART_21_1_FINAL_DECISION", 1));

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPolicy")
    void everyPolicyComputesADeadline(LegalPolicy policy) {
        DeadlineComputation computation = policy.computeDeadline(day("2029-03-26"), List.of(), 0, FRANCE);

        assertTrue(FRANCE.isWorkingDay(computation.lastDay()), computation.explanation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPolicy")
    void everyPolicyUsesTheDefaultAtRiskRuleButTheShortOnes(LegalPolicy policy) {
        int minimumDays =
                switch (policy.code()) {
                    case "COMPLAINT_ACKNOWLEDGEMENT" -> 2;
                    case "DOSSIER_COMPLETENESS_CHECK" -> 3;
                    case "INSPECTION_OBSERVATIONS",
                            "HEARING_NOTICE",
                            "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION",
                            "GDPR_PR_ART_4_2_INADMISSIBILITY" -> 5;
                    default -> AtRiskThreshold.DEFAULT.minimumDays();
                };
        assertEquals(
                new AtRiskThreshold(AtRiskThreshold.DEFAULT.percentOfPeriod(), minimumDays), policy.atRiskThreshold());
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "COMPLAINT_ACKNOWLEDGEMENT | 5 working_days | GDPR Art. 57(1)(f) (service standard, configurable)",
                "GDPR_ART_78_2_INFORM_COMPLAINANT | 3 months | GDPR Art. 78(2)",
                "COMPLAINT_INSTRUCTION_REQUEST_ANSWER | 1 months | GDPR Art. 58(1)(a) (period configurable)",
                "INSPECTION_OBSERVATIONS | 15 days | GDPR Art. 58(1) (inspection procedure, period configurable)",
                "FORMAL_NOTICE_COMPLIANCE | 3 months | Décret 2019-536 art. 38",
                "SANCTION_REPORT_REPLY | 1 months | Décret 2019-536 art. 40",
                "RAPPORTEUR_ANSWER | 1 months | Décret 2019-536 art. 40",
                "HEARING_NOTICE | 15 days | Décret 2019-536 (sanctions committee procedure, period configurable)",
                "CONSEIL_ETAT_APPEAL | 2 months | Code de justice administrative art. R. 421-1 (appeal to the Conseil d'État)",
                "CONSEIL_ETAT_APPEAL_ABROAD | 4 months | Code de justice administrative art. R. 421-1 and R. 421-7 (two more months for a party established abroad)",
                "GDPR_ART_60_4_OBJECTION | 4 weeks | GDPR Art. 60(4)",
                "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION | 2 weeks | GDPR Art. 60(5)",
                "NATIONAL_COMMITTEE_OPINION | 1 months | Loi 78-17 art. 76 (CESREES opinion)",
                "NATIONAL_AUTHORISATION_DECISION | 2 months | Loi 78-17 art. 66",
                "DOSSIER_COMPLETENESS_CHECK | 10 working_days | Regulation (EU) 2025/327 Art. 67; loi 78-17 art. 66 (service standard, configurable)",
                "EHDS_ART_67_COMPLETE_APPLICATION | 4 weeks | Regulation (EU) 2025/327 Art. 67",
                "EHDS_ART_68_4_PERMIT_DECISION | 3 months | Regulation (EU) 2025/327 Art. 68(4)",
                "EHDS_ART_68_6_ACCELERATED_DECISION | 2 months | Regulation (EU) 2025/327 Art. 68(6)",
                "EHDS_ART_60_2_DATA_HOLDER_DELIVERY | 3 months | Regulation (EU) 2025/327 Art. 60(2)",
                "EHDS_ART_68_7_DATA_AVAILABILITY | 2 months | Regulation (EU) 2025/327 Art. 68(7)",
                "EHDS_ART_69_4_DATA_REQUEST_DECISION | 3 months | Regulation (EU) 2025/327 Art. 69(4)",
                "EHDS_ART_69_4_DATA_REQUEST_RESULT | 3 months | Regulation (EU) 2025/327 Art. 69(4)",
                "EHDS_ART_57_1_J_PUBLICATION | 30 working_days | Regulation (EU) 2025/327 Art. 57(1)(j)",
                "EHDS_ART_68_12_PERMIT_DURATION | 10 years | Regulation (EU) 2025/327 Art. 68(12)",
                "EHDS_ART_68_12_DATA_DELETION | 6 months | Regulation (EU) 2025/327 Art. 68(12)",
                "EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST | 1 months | Regulation (EU) 2025/327 Art. 68(12)",
                "EHDS_TARGET_PSEUDONYMISED_ACCESS | 8 months | Regulation (EU) 2025/327 Art. 59 (activity report target: 3 + 3 + 2 months)",
                "EHDS_TARGET_ANONYMISED_ACCESS | 9 months | Regulation (EU) 2025/327 Art. 59 (activity report target: 3 + 3 + 3 months)",
                "GDPR_PR_ART_4_2_INADMISSIBILITY | 2 weeks | Regulation (EU) 2025/2518 Art. 4(2)",
                "GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE | 6 weeks | Regulation (EU) 2025/2518 Art. 6(2)",
                "GDPR_PR_COMPLAINT_TRANSMISSION | 6 weeks | Regulation (EU) 2025/2518 Art. 4(5)",
                "GDPR_PR_INVESTIGATION | 15 months | Regulation (EU) 2025/2518 Art. 12(1), extension Art. 12(3)",
                "GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION | 12 months | Regulation (EU) 2025/2518 Art. 12(6)",
                "GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION | 6 weeks | Regulation (EU) 2025/2518 Art. 4(6)",
                "GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION | 4 weeks | Regulation (EU) 2025/2518 Art. 5(2)(c)",
                "GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY | 3 months | Regulation (EU) 2025/2518 Art. 10(3)",
                "GDPR_PR_ART_21_1_FINAL_DECISION | 1 months | Regulation (EU) 2025/2518 Art. 21(1)"
            })
    void holdsTheDeadlinesOfTheDomainReference(String code, String period, String source) {
        LegalPolicy policy = CATALOGUE.policy(code);

        assertEquals(Period.parse(period), policy.period());
        assertEquals(source, policy.legalSource());
    }

    @ParameterizedTest(name = "{0}: up to {1} extension(s)")
    @CsvSource({
        "FORMAL_NOTICE_COMPLIANCE, 1, ",
        "SANCTION_REPORT_REPLY, 1, ",
        "NATIONAL_AUTHORISATION_DECISION, 1, 2 months",
        "EHDS_ART_68_4_PERMIT_DECISION, 1, 3 months",
        "EHDS_ART_68_6_ACCELERATED_DECISION, 1, 1 months",
        "EHDS_ART_60_2_DATA_HOLDER_DELIVERY, 1, 3 months",
        "EHDS_ART_69_4_DATA_REQUEST_DECISION, 0, ",
        "EHDS_ART_69_4_DATA_REQUEST_RESULT, 0, ",
        "EHDS_ART_68_12_PERMIT_DURATION, 1, ",
        "GDPR_ART_78_2_INFORM_COMPLAINANT, 0, ",
        "EHDS_ART_68_7_DATA_AVAILABILITY, 0, ",
        "GDPR_PR_INVESTIGATION, 1, 12 months",
        "GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION, 1, 2 months"
    })
    void extensionRules(String code, int maxExtensions, String maxEach) {
        ExtensionRule rule = CATALOGUE.policy(code).extensionRule();

        assertEquals(maxExtensions, rule.maxExtensions());
        assertEquals(Optional.ofNullable(maxEach).map(Period::parse), rule.maxPerExtension());
    }

    @Test
    void silenceCountsAsAcceptanceForTheCommitteeOpinionAndTheNationalAuthorisation() {
        Set<String> silenceMeansAcceptance = CATALOGUE.all().stream()
                .filter(policy -> policy.expiryEffect() == ExpiryEffect.SILENCE_MEANS_ACCEPTANCE)
                .map(LegalPolicy::code)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(
                new TreeSet<>(Arrays.asList(
                        "GDPR_ART_60_4_OBJECTION",
                        "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION",
                        "NATIONAL_AUTHORISATION_DECISION",
                        "NATIONAL_COMMITTEE_OPINION")),
                silenceMeansAcceptance);
    }

    @Test
    void theFormalNoticeCannotBeShorterThanTenDays() {
        LegalPolicy notice = CATALOGUE.policy(PolicyCodes.FORMAL_NOTICE_COMPLIANCE);

        assertEquals(Optional.of(Period.days(10)), notice.minimumPeriod());
        assertRefused(
                "A period of 9 days is shorter than the minimum of 10 days set by Décret 2019-536 art. 38",
                () -> notice.requireAllowedPeriod(day("2026-01-01"), Period.days(9), FRANCE));
    }

    @Test
    void aPermitLastsAtMostTenYearsAndEndsItsTerm() {
        LegalPolicy permit = CATALOGUE.policy(PolicyCodes.EHDS_ART_68_12_PERMIT_DURATION);

        assertEquals(Optional.of(Period.years(10)), permit.maximumPeriod());
        assertEquals(ExpiryEffect.TERM_ENDS, permit.expiryEffect());
    }

    @Test
    void hearingNoticeAndPermitExtensionRequestAreCountedBack() {
        assertEquals(
                CountingDirection.BEFORE_EVENT,
                CATALOGUE.policy(PolicyCodes.HEARING_NOTICE).direction());
        assertEquals(
                CountingDirection.BEFORE_EVENT,
                CATALOGUE
                        .policy(PolicyCodes.EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST)
                        .direction());
        assertEquals(
                day("2026-10-28"),
                CATALOGUE
                        .policy(PolicyCodes.HEARING_NOTICE)
                        .computeDeadline(day("2026-11-12"), List.of(), 0, FRANCE)
                        .lastDay());
    }

    @ParameterizedTest(name = "{0} notified {1}: last day {2}")
    @CsvSource({
        "CONSEIL_ETAT_APPEAL, 2026-01-31, 2026-03-31",
        // 31 May 2026 is a Sunday: the period ends on the next working day (Reg. 1182/71 Art. 3(4))
        "CONSEIL_ETAT_APPEAL_ABROAD, 2026-01-31, 2026-06-01",
        "CONSEIL_ETAT_APPEAL, 2026-03-02, 2026-05-04",
        "CONSEIL_ETAT_APPEAL_ABROAD, 2026-03-02, 2026-07-02"
    })
    void anOrganisationEstablishedAbroadHasTwoMoreMonthsToAppeal(String code, String notifiedOn, String lastDay) {
        assertEquals(
                day(lastDay),
                CATALOGUE
                        .policy(code)
                        .computeDeadline(day(notifiedOn), List.of(), 0, FRANCE)
                        .lastDay());
    }

    @Test
    void atRiskTwentyPercentOnTheThreeMonthsOfArt78() {
        LegalPolicy policy = CATALOGUE.policy(PolicyCodes.GDPR_ART_78_2_INFORM_COMPLAINANT);
        LocalDate lastDay =
                policy.computeDeadline(day("2026-01-15"), List.of(), 0, FRANCE).lastDay();

        assertEquals(day("2026-04-15"), lastDay);
        assertEquals(day("2026-03-28"), policy.atRiskFrom(day("2026-01-15"), lastDay), "18 days = 20 % of 90");
    }

    @Test
    void atRiskFiveDaysOnTheFifteenDaysForInspectionObservations() {
        LegalPolicy policy = CATALOGUE.policy(PolicyCodes.INSPECTION_OBSERVATIONS);
        LocalDate lastDay =
                policy.computeDeadline(day("2026-10-28"), List.of(), 0, FRANCE).lastDay();

        assertEquals(day("2026-11-12"), lastDay);
        assertEquals(
                day("2026-11-07"), policy.atRiskFrom(day("2026-10-28"), lastDay), "the policy's 5 days > 20 % of 15");
        assertFalse(policy.isAtRisk(day("2026-11-06"), day("2026-10-28"), lastDay));
        assertTrue(policy.isAtRisk(day("2026-11-07"), day("2026-10-28"), lastDay));
    }

    @Test
    void theConfigurationCanOverlayAValue() {
        Properties properties = PolicyCatalogue.defaultProperties();
        properties.setProperty("INSPECTION_OBSERVATIONS.period", "20 days");
        properties.setProperty("INSPECTION_OBSERVATIONS.version", "3");

        LegalPolicy policy = PolicyCatalogue.fromProperties(properties).policy(PolicyCodes.INSPECTION_OBSERVATIONS);

        assertEquals(Period.days(20), policy.period());
        assertEquals(3, policy.version());
    }

    @Test
    void aRevisedPolicyReplacesTheOldVersion() {
        LegalPolicy revised =
                CATALOGUE.policy(PolicyCodes.INSPECTION_OBSERVATIONS).revise(Period.days(20));

        PolicyCatalogue updated = CATALOGUE.with(revised);

        int version = CATALOGUE.policy(PolicyCodes.INSPECTION_OBSERVATIONS).version();
        assertEquals(
                version + 1, updated.policy(PolicyCodes.INSPECTION_OBSERVATIONS).version());
        assertEquals(version, revised.version() - 1, "the catalogue itself is unchanged");
    }

    @Test
    void refusesToReplaceAPolicyWithAnOlderOrEqualVersion() {
        LegalPolicy sameVersion = CATALOGUE.policy(PolicyCodes.INSPECTION_OBSERVATIONS);

        assertRefused(
                "Policy INSPECTION_OBSERVATIONS is at version 2: a revision must have a higher version, not 2",
                () -> CATALOGUE.with(sameVersion));
    }

    @Test
    void refusesAnUnknownCode() {
        assertRefused("There is no legal policy with code 'GDPR_ART_99'", () -> CATALOGUE.policy("GDPR_ART_99"));
    }

    @Test
    void refusesAMisspeltKeyInsteadOfIgnoringIt() {
        Properties properties = PolicyCatalogue.defaultProperties();
        properties.setProperty("INSPECTION_OBSERVATIONS.perod", "20 days");

        ClockRuleException refused =
                assertThrows(ClockRuleException.class, () -> PolicyCatalogue.fromProperties(properties));
        assertTrue(
                refused.getMessage().startsWith("Unknown legal policy key 'INSPECTION_OBSERVATIONS.perod'"),
                refused.getMessage());
    }

    @Test
    void namesTheMissingKey() {
        Properties properties = PolicyCatalogue.defaultProperties();
        properties.remove("GDPR_ART_78_2_INFORM_COMPLAINANT.source");

        assertRefused(
                "Legal policy GDPR_ART_78_2_INFORM_COMPLAINANT is invalid: the key"
                        + " GDPR_ART_78_2_INFORM_COMPLAINANT.source is missing",
                () -> PolicyCatalogue.fromProperties(properties));
    }

    @Test
    void namesThePolicyWithAnInvalidPeriod() {
        Properties properties = PolicyCatalogue.defaultProperties();
        properties.setProperty("INSPECTION_OBSERVATIONS.period", "15 fortnights");

        assertRefused(
                "Legal policy INSPECTION_OBSERVATIONS is invalid: Unknown period unit 'fortnights': expected days,"
                        + " working_days, weeks, months or years",
                () -> PolicyCatalogue.fromProperties(properties));
    }

    @Test
    void refusesAnAmbiguousBoolean() {
        Properties properties = PolicyCatalogue.defaultProperties();
        properties.setProperty("INSPECTION_OBSERVATIONS.suspendable", "yes");

        assertRefused(
                "Legal policy INSPECTION_OBSERVATIONS is invalid: INSPECTION_OBSERVATIONS.suspendable must be true"
                        + " or false, not 'yes'",
                () -> PolicyCatalogue.fromProperties(properties));
    }

    @Test
    void readsTheFileAsUtf8SoFrenchSourcesKeepTheirAccents() {
        assertEquals(
                "Décret 2019-536 art. 38",
                CATALOGUE.policy(PolicyCodes.FORMAL_NOTICE_COMPLIANCE).legalSource());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPolicy")
    void everyPolicyNamesTheModuleWhoseCasesItRunsOn(LegalPolicy policy) {
        assertTrue(
                policy.module() != null
                        && java.util.Set.of("complaints", "inspections", "sanctions", "dossiers", "crossborder")
                                .containsAll(
                                        java.util.Arrays.stream(policy.module().split(","))
                                                .map(String::strip)
                                                .toList()),
                policy + " runs on " + policy.module());
    }

    /** DOMAIN's configurable periods, and the authority's own service standards (not law). */
    @Test
    void onlyThePeriodsDomainMarksConfigurableCanBeRevised() {
        assertEquals(
                java.util.Set.of(
                        "DOSSIER_COMPLETENESS_CHECK",
                        "COMPLAINT_ACKNOWLEDGEMENT",
                        "COMPLAINT_INSTRUCTION_REQUEST_ANSWER",
                        "INSPECTION_OBSERVATIONS",
                        "FORMAL_NOTICE_COMPLIANCE",
                        "HEARING_NOTICE",
                        "CONSEIL_ETAT_APPEAL_ABROAD"),
                CATALOGUE.all().stream()
                        .filter(LegalPolicy::isConfigurable)
                        .map(LegalPolicy::code)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void onlyPeriodsWithALegalBasisForASuspensionCanBeSuspended() {
        assertEquals(
                java.util.Set.of("NATIONAL_COMMITTEE_OPINION", "NATIONAL_AUTHORISATION_DECISION"),
                CATALOGUE.all().stream()
                        .filter(LegalPolicy::isSuspendable)
                        .map(LegalPolicy::code)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
