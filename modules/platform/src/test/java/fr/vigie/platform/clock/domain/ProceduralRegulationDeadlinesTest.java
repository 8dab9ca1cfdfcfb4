package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.FRANCE;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.clock.CrossBorderRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadlines of Regulation (EU) 2025/2518 on their edge dates: the first opening date they
 * govern (2 April 2027, not 1 April), and their last days under Regulation 1182/71 with the French
 * public holidays of 2027 (Ascension 6 May, Whit Monday 17 May).
 */
class ProceduralRegulationDeadlinesTest {

    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.defaults();
    private static final LegalPolicy ART_4_2 = CATALOGUE.policy(PolicyCodes.GDPR_PR_ART_4_2_INADMISSIBILITY);
    private static final LegalPolicy ART_6_2 = CATALOGUE.policy(PolicyCodes.GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE);

    /**
     * Chapter II (Art. 4-5) from 2 April 2027 (Art. 37(2)); Chapter III (Art. 6-23) from 3 April 2027,
     * to the investigations opened or complaints lodged after 2 April (Art. 36).
     */
    @Test
    void everyDeadlineOfTheRegulationGovernsOnlyTheCasesOfItsChapter() {
        List<LegalPolicy> regulation = CATALOGUE.all().stream()
                .filter(p -> p.legalSource().startsWith("Regulation (EU) 2025/2518"))
                .toList();

        assertEquals(CHAPTER_II.size() + CHAPTER_III.size(), regulation.size(), regulation.toString());
        regulation.forEach(p -> assertEquals(
                Optional.of(
                        CHAPTER_II.contains(p.code())
                                ? CrossBorderRules.REGULATION_2025_2518_APPLIES_FROM
                                : CrossBorderRules.CHAPTER_III_APPLIES_FROM),
                p.appliesToCasesOpenedFrom(),
                p.code()));
        regulation.forEach(p -> assertTrue(
                CHAPTER_II.contains(p.code()) || CHAPTER_III.contains(p.code()), p.code() + " in no chapter"));
        CATALOGUE.all().stream()
                .filter(p -> !regulation.contains(p))
                .forEach(p -> assertEquals(Optional.empty(), p.appliesToCasesOpenedFrom(), p.code()));
    }

    private static final List<String> CHAPTER_II = List.of(
            PolicyCodes.GDPR_PR_ART_4_2_INADMISSIBILITY,
            PolicyCodes.GDPR_PR_COMPLAINT_TRANSMISSION,
            PolicyCodes.GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION,
            PolicyCodes.GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION);
    private static final List<String> CHAPTER_III = List.of(
            PolicyCodes.GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE,
            PolicyCodes.GDPR_PR_INVESTIGATION,
            PolicyCodes.GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION,
            PolicyCodes.GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY,
            PolicyCodes.GDPR_PR_ART_21_1_FINAL_DECISION);

    @ParameterizedTest(name = "complaint lodged on {0}: Chapter II {1}")
    @CsvSource({"2027-04-01, false", "2027-04-02, true", "2027-04-03, true", "2026-12-07, false", "2031-01-01, true"})
    void aComplaintLodgedFromTheSecondOfApril2027FallsUnderChapterII(String lodgedOn, boolean governed) {
        assertEquals(governed, ART_4_2.appliesToCaseOpenedOn(day(lodgedOn)));
        assertEquals(
                governed, CrossBorderRules.forComplaintLodgedOn(day(lodgedOn)).underRegulation2025_2518());
    }

    @ParameterizedTest(name = "opened on {0}, complaint lodged on {1}: Chapter III {2}")
    @CsvSource({
        // Ex officio: opened after 2 April 2027.
        "2027-04-01, , false",
        "2027-04-02, , false",
        "2027-04-03, , true",
        // Complaint-based: the complaint lodged after 2 April 2027, whenever the case is opened.
        "2027-04-02, 2027-04-02, false",
        "2027-04-03, 2027-04-02, false",
        "2027-04-03, 2027-04-03, true",
        "2027-04-10, 2027-03-30, false",
        "2027-04-10, 2027-04-05, true",
    })
    void article36ChoosesByTheComplaintOrElseTheOpeningDay(String openedOn, String lodgedOn, boolean governed) {
        LocalDate lodged = lodgedOn == null ? null : day(lodgedOn);
        CrossBorderRules rules = CrossBorderRules.underArticle36(day(openedOn), lodged);

        assertEquals(governed, rules.underRegulation2025_2518());
        LocalDate article36Day = CrossBorderRules.article36Day(day(openedOn), lodged);
        assertEquals(lodged == null ? day(openedOn) : lodged, article36Day);
        assertEquals(governed, ART_6_2.appliesToCaseOpenedOn(article36Day), "the catalogue agrees");
        assertEquals(
                governed, CATALOGUE.policy(PolicyCodes.GDPR_PR_INVESTIGATION).appliesToCaseOpenedOn(article36Day));
    }

    @Test
    void refusesTheRegulationsDeadlineOnACaseOpenedTheDayBefore() {
        ClockRuleException refused = assertThrows(
                ClockRuleException.class, () -> ART_4_2.requireApplicableToCaseOpenedOn(day("2027-04-01")));

        assertEquals("clock.policy.notApplicableToCase", refused.messageKey());
        assertEquals(
                "Regulation (EU) 2025/2518 Art. 4(2) applies only to cases opened from 2027-04-02: "
                        + "this case was opened on 2027-04-01",
                refused.getMessage());
        ART_4_2.requireApplicableToCaseOpenedOn(day("2027-04-02"));
    }

    /** Art. 4(2): two weeks from receipt; a last day on a Saturday then on Whit Monday rolls twice. */
    @ParameterizedTest(name = "received {0}: inadmissible by {1}")
    @CsvSource({
        // Friday, the first day of application: two Fridays later, a working day.
        "2027-04-02, 2027-04-16",
        // 1 May (a Saturday and a holiday): + 2 weeks = Saturday 15 May -> Monday 17 May is Whit Monday -> Tuesday.
        "2027-05-01, 2027-05-18",
        // Thursday 22 April: + 2 weeks = Thursday 6 May, Ascension -> Friday 7 May.
        "2027-04-22, 2027-05-07",
    })
    void inadmissibilityWithinTwoWeeksOfReceipt(String receivedOn, String lastDay) {
        assertEquals(day(lastDay), ART_4_2.lastDay(day(receivedOn), List.of(), 0, FRANCE));
    }

    /** Art. 6(2): six weeks from the confirmation of competence. */
    @ParameterizedTest(name = "competence confirmed {0}: notify by {1}")
    @CsvSource({
        // Monday 5 April 2027 + 6 weeks = Monday 17 May, Whit Monday -> Tuesday 18 May.
        "2027-04-05, 2027-05-18",
        // Friday 16 April + 6 weeks = Friday 28 May, a working day.
        "2027-04-16, 2027-05-28",
        // Friday 12 November 2027 + 6 weeks = Friday 24 December, a working day (25th is the holiday).
        "2027-11-12, 2027-12-24",
    })
    void simpleCooperationNoticeWithinSixWeeksOfTheConfirmedCompetence(String confirmedOn, String lastDay) {
        assertEquals(day(lastDay), ART_6_2.lastDay(day(confirmedOn), List.of(), 0, FRANCE));
    }

    @Test
    void theRegulationsDeadlinesCanBeNeitherExtendedNorSuspendedNorRevised() {
        for (LegalPolicy policy : List.of(ART_4_2, ART_6_2)) {
            assertFalse(policy.extensionRule().allowsExtension(), policy.code());
            assertFalse(policy.isSuspendable(), policy.code());
            assertFalse(policy.isConfigurable(), policy.code());
        }
        assertEquals(ExpiryEffect.RIGHT_LAPSES, ART_6_2.expiryEffect());
        assertEquals(ExpiryEffect.BREACH, ART_4_2.expiryEffect());
    }

    @Test
    void aRevisionKeepsTheFirstOpeningDate() {
        LegalPolicy revised = ART_4_2.revise(Period.parse("3 weeks"));

        assertEquals(ART_4_2.appliesToCasesOpenedFrom(), revised.appliesToCasesOpenedFrom());
    }

    @Test
    void refusesAFirstOpeningDateThatIsNotADate() {
        Properties properties = PolicyCatalogue.defaultProperties();
        properties.setProperty("GDPR_PR_ART_4_2_INADMISSIBILITY.applies-to-cases-opened-from", "2 April 2027");

        ClockRuleException refused =
                assertThrows(ClockRuleException.class, () -> PolicyCatalogue.fromProperties(properties));
        assertEquals("clock.policy.invalid", refused.messageKey());
        assertTrue(refused.getMessage().contains("applies-to-cases-opened-from"), refused.getMessage());
    }

    @Test
    void theHelperNamesOnlyPoliciesOfTheCatalogueAndChoosesThemByOpeningDate() {
        CrossBorderRules before = CrossBorderRules.underArticle36(day("2027-04-02"), null);
        CrossBorderRules from = CrossBorderRules.underArticle36(day("2027-04-03"), null);

        assertEquals(CrossBorderRules.GDPR_ONLY, before);
        assertEquals(Optional.empty(), before.inadmissibilityPolicy());
        assertEquals(Optional.empty(), before.simpleCooperationNoticePolicy());
        assertEquals(Optional.empty(), before.investigationDeadlinePolicy(), "the GDPR sets no investigation deadline");
        assertEquals(Optional.empty(), before.simpleCooperationDeadlinePolicy());
        assertEquals(Optional.empty(), before.complaintTransmissionPolicy());
        assertEquals(Optional.of(PolicyCodes.GDPR_PR_INVESTIGATION), from.investigationDeadlinePolicy());
        assertEquals(
                Optional.of(PolicyCodes.GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION),
                from.simpleCooperationDeadlinePolicy());
        assertEquals(Optional.of(PolicyCodes.GDPR_PR_COMPLAINT_TRANSMISSION), from.complaintTransmissionPolicy());
        assertEquals(Optional.of(PolicyCodes.GDPR_PR_ART_4_2_INADMISSIBILITY), from.inadmissibilityPolicy());
        assertEquals(
                Optional.of(PolicyCodes.GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE),
                from.simpleCooperationNoticePolicy());
        for (CrossBorderRules rules : CrossBorderRules.values()) {
            assertEquals(PolicyCodes.GDPR_ART_60_4_OBJECTION, rules.draftDecisionObjectionsPolicy());
            assertEquals(PolicyCodes.GDPR_ART_60_5_REVISED_DRAFT_OBJECTION, rules.revisedDraftObjectionsPolicy());
            rules.inadmissibilityPolicy().ifPresent(CATALOGUE::policy);
            rules.simpleCooperationNoticePolicy().ifPresent(CATALOGUE::policy);
            rules.investigationDeadlinePolicy().ifPresent(CATALOGUE::policy);
            rules.simpleCooperationDeadlinePolicy().ifPresent(CATALOGUE::policy);
            rules.complaintTransmissionPolicy().ifPresent(CATALOGUE::policy);
        }
        assertThrows(NullPointerException.class, () -> CrossBorderRules.forComplaintLodgedOn(null));
        assertThrows(NullPointerException.class, () -> CrossBorderRules.underArticle36(null, null));
    }

    /**
     * The investigation deadline (Art. 12(1): 15 months; Art. 12(3): one extension of at most 12)
     * under Regulation 1182/71.
     */
    @Test
    void fifteenMonthsThenOneExtensionOfTwelveUnderRegulation1182_71() {
        LegalPolicy shape = CATALOGUE.policy(PolicyCodes.GDPR_PR_INVESTIGATION);
        Period twelveMonths = Period.parse("12 months");

        // Friday 2 April 2027 + 15 months = Sunday 2 July 2028 -> Monday 3 July 2028 (Art. 3(4)).
        assertEquals(day("2028-07-03"), shape.lastDay(day("2027-04-02"), List.of(), 0, FRANCE));
        // + 12 months, counted from the event as one 27-month period: Monday 2 July 2029.
        assertEquals(day("2029-07-02"), shape.lastDay(day("2027-04-02"), List.of(twelveMonths), 0, FRANCE));
        // 30 November 2027 + 15 months: no 30 February, so the last day of February 2029 (Art. 3(2)(c)),
        // a Wednesday; + 12 more: Thursday 28 February 2030.
        assertEquals(day("2029-02-28"), shape.lastDay(day("2027-11-30"), List.of(), 0, FRANCE));
        assertEquals(day("2030-02-28"), shape.lastDay(day("2027-11-30"), List.of(twelveMonths), 0, FRANCE));

        ClockRuleException second = assertThrows(
                ClockRuleException.class,
                () -> shape.requireExtensionAllowed(List.of(twelveMonths), Period.parse("1 months")));
        assertEquals("clock.extension.tooMany", second.messageKey());
        ClockRuleException tooLong = assertThrows(
                ClockRuleException.class, () -> shape.requireExtensionAllowed(List.of(), Period.parse("13 months")));
        assertEquals("clock.extension.tooLong", tooLong.messageKey());
    }

    @ParameterizedTest(name = "{0} from {1}: last day {2}")
    @CsvSource({
        // Transmission: Friday 2 April 2027 + 6 weeks = Friday 14 May 2027, a working day.
        "GDPR_PR_COMPLAINT_TRANSMISSION, 2027-04-02, 2027-05-14",
        // Monday 5 April + 6 weeks = Whit Monday 17 May -> Tuesday 18 May.
        "GDPR_PR_COMPLAINT_TRANSMISSION, 2027-04-05, 2027-05-18",
        // Simple cooperation: Friday 2 April 2027 + 12 months = Sunday 2 April 2028 -> Monday 3 April.
        "GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION, 2027-04-02, 2028-04-03",
        // 29 February 2028 + 12 months: no 29 February 2029 -> Wednesday 28 February 2029.
        "GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION, 2028-02-29, 2029-02-28",
    })
    void theOtherPeriodsOnTheirEdgeDates(String code, String from, String lastDay) {
        assertEquals(day(lastDay), CATALOGUE.policy(code).lastDay(day(from), List.of(), 0, FRANCE));
    }

    /** The periods added on 7 December 2026, counted by the platform's engine (Regulation 1182/71). */
    @ParameterizedTest(name = "{0} from {1}: last day {2}")
    @CsvSource({
        // Art. 4(6): complaint received Friday 2 April 2027 + 6 weeks = Friday 14 May 2027.
        "GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION, 2027-04-02, 2027-05-14",
        // Received Monday 5 April + 6 weeks = Whit Monday 17 May (holiday) -> Tuesday 18 May.
        "GDPR_PR_ART_4_6_COMPETENCE_CONFIRMATION, 2027-04-05, 2027-05-18",
        // Art. 5(2)(c): informed Friday 16 April 2027 + 4 weeks = Friday 14 May 2027.
        "GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION, 2027-04-16, 2027-05-14",
        // Informed Saturday 10 April + 4 weeks = Saturday 8 May (also VE Day) -> Monday 10 May.
        "GDPR_PR_ART_5_2_EARLY_RESOLUTION_OBJECTION, 2027-04-10, 2027-05-10",
        // Art. 10(3): competence confirmed Monday 5 April 2027 + 3 months = Monday 5 July 2027.
        "GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY, 2027-04-05, 2027-07-05",
        // Confirmed 30 November 2027 + 3 months: no 30 February -> Tuesday 29 February 2028 (leap year).
        "GDPR_PR_ART_10_3_KEY_ISSUES_SUMMARY, 2027-11-30, 2028-02-29",
        // Art. 21(1): the 60(4) period ends Monday 31 January 2028 + 1 month: no 31 February -> Tuesday 29 February.
        "GDPR_PR_ART_21_1_FINAL_DECISION, 2028-01-31, 2028-02-29",
        // Ends Friday 14 May 2027 + 1 month = Monday 14 June 2027.
        "GDPR_PR_ART_21_1_FINAL_DECISION, 2027-05-14, 2027-06-14",
    })
    void theAddedPeriodsOnTheirEdgeDates(String code, String from, String lastDay) {
        assertEquals(day(lastDay), CATALOGUE.policy(code).lastDay(day(from), List.of(), 0, FRANCE));
    }

    /** Art. 12(6), second subparagraph: the simple procedure's 12 months extended once, by at most 2 months. */
    @Test
    void theSimpleCooperationDeadlineExtendsOnceByAtMostTwoMonths() {
        LegalPolicy simple = CATALOGUE.policy(PolicyCodes.GDPR_PR_SIMPLE_COOPERATION_INVESTIGATION);
        Period twoMonths = Period.parse("2 months");

        // Friday 2 April 2027 + 12 + 2 months = Friday 2 June 2028.
        assertEquals(day("2028-06-02"), simple.lastDay(day("2027-04-02"), List.of(twoMonths), 0, FRANCE));
        simple.requireExtensionAllowed(List.of(), twoMonths);
        assertEquals(
                "clock.extension.tooLong",
                assertThrows(
                                ClockRuleException.class,
                                () -> simple.requireExtensionAllowed(List.of(), Period.parse("3 months")))
                        .messageKey());
        assertEquals(
                "clock.extension.tooMany",
                assertThrows(
                                ClockRuleException.class,
                                () -> simple.requireExtensionAllowed(List.of(twoMonths), Period.parse("1 months")))
                        .messageKey());
    }

    @Test
    void theTransmissionCannotBeExtended() {
        assertTrue(CATALOGUE
                .policy(PolicyCodes.GDPR_PR_INVESTIGATION)
                .extensionRule()
                .allowsExtension());
        assertFalse(CATALOGUE
                .policy(PolicyCodes.GDPR_PR_COMPLAINT_TRANSMISSION)
                .extensionRule()
                .allowsExtension());
    }
}
