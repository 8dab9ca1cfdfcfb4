package fr.vigie.crossborder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.CrossBorderRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the case adds for the application layer: the clocks its acts end, the investigation deadline
 * on the first day of the Regulation (and none the day before), the acts it offers, early
 * resolution, the facts it records for the audit trail.
 */
class CrossBorderCaseClocksAndActsTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 4, 3);
    private static final LocalDate DAY_BEFORE = LocalDate.of(2027, 4, 2);

    private static CrossBorderCase ledByHome(LocalDate openedOn) {
        return CrossBorderCase.open(
                new CrossBorderCaseId("TF-2027-000001"),
                openedOn,
                SupervisoryAuthority.FR,
                SupervisoryAuthority.FR,
                "Réseau Social Exemple SA",
                null);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theInvestigationDeadlineStartsOnTheFirstDayOfTheRegulationAndNotTheDayBefore() {
        CrossBorderCase first = ledByHome(FIRST_DAY);
        first.confirmCompetence(FIRST_DAY);
        assertTrue(first.takeClockRequests().contains(new ClockRequest(CrossBorderRules.INVESTIGATION, FIRST_DAY)));

        CrossBorderCase before = ledByHome(DAY_BEFORE);
        before.confirmCompetence(FIRST_DAY);
        assertEquals(List.of(), before.takeClockRequests());
    }

    private static CrossBorderCase fromComplaint(LocalDate openedOn, LocalDate lodgedOn) {
        return CrossBorderCase.openFromComplaint(
                new CrossBorderCaseId("TF-2027-000002"),
                openedOn,
                lodgedOn,
                SupervisoryAuthority.FR,
                SupervisoryAuthority.FR,
                "Réseau Social Exemple SA",
                null);
    }

    /** Art. 36: the complaint's receipt day decides a complaint-based case's rules, not its opening day. */
    @Test
    void aCaseOpenedAfterTheSecondOfAprilFromAnEarlierComplaintKeepsTheGdprAlone() {
        CrossBorderCase c = fromComplaint(day("2027-04-10"), day("2027-03-30"));
        assertEquals(CrossBorderRules.GDPR_ONLY, c.rules());
        c.confirmCompetence(day("2027-04-12"));
        assertEquals(List.of(), c.takeClockRequests(), "no Art. 6(2) notice, no Art. 12 deadline");

        assertEquals(
                CrossBorderRules.GDPR_ONLY,
                fromComplaint(day("2027-04-03"), day("2027-04-02")).rules());
        CrossBorderCase governed = fromComplaint(day("2027-04-03"), day("2027-04-03"));
        assertEquals(CrossBorderRules.GDPR_AND_REGULATION_2025_2518, governed.rules());
        assertEquals(java.util.Optional.of(day("2027-04-03")), governed.complaintLodgedOn());
        assertEquals(java.util.Optional.empty(), ledByHome(FIRST_DAY).complaintLodgedOn());
    }

    @Test
    void theInvestigationDeadlineRunsFromTheConfirmationOfCompetenceNotFromTheOpening() {
        CrossBorderCase c = fromComplaint(day("2027-04-20"), day("2027-04-06"));
        c.confirmCompetence(day("2027-05-10"));
        assertTrue(c.takeClockRequests().contains(new ClockRequest(CrossBorderRules.INVESTIGATION, day("2027-05-10"))));
    }

    @Test
    void aComplaintThatWouldChangeTheRulesIsNotJoined() {
        CrossBorderCase governed = fromComplaint(day("2027-04-03"), day("2027-04-03"));
        assertFalse(governed.keepsItsRulesWith(day("2027-04-02")));
        CrossBorderException refused = assertThrows(
                CrossBorderException.class,
                () -> governed.joinComplaint(new CaseRef("complaints", "PL-2027-000011"), day("2027-04-02")));
        assertEquals("crossborder.complaint.otherRules", refused.key());
        assertEquals(
                List.of(),
                governed.joinedComplaints().stream().map(Object::toString).toList());

        // A later complaint keeps the rules; the earliest receipt day stays.
        governed.joinComplaint(new CaseRef("complaints", "PL-2027-000012"), day("2027-05-02"));
        assertEquals(java.util.Optional.of(day("2027-04-03")), governed.complaintLodgedOn());

        // An ex officio case opened on 2 April 2027 (GDPR alone) takes no complaint lodged after that day.
        CrossBorderCase exOfficio = ledByHome(DAY_BEFORE);
        assertFalse(exOfficio.keepsItsRulesWith(day("2027-04-03")));
        assertTrue(exOfficio.keepsItsRulesWith(day("2027-04-02")));
        exOfficio.joinComplaint(new CaseRef("complaints", "PL-2027-000013"), day("2027-03-15"));
        assertEquals(CrossBorderRules.GDPR_ONLY, exOfficio.rules());
    }

    @Test
    void theSimpleProcedureReplacesTheFifteenMonthsByTwelveFromTheSameConfirmation() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.confirmCompetence(day("2027-04-05"));
        c.takeClockRequests();
        c.takeClockEnds();
        c.applySimpleCooperation(day("2027-05-10"));

        assertEquals(
                List.of(
                        new ClockEnd(CrossBorderRules.SIMPLE_COOPERATION_NOTICE, day("2027-05-10"), true),
                        new ClockEnd(CrossBorderRules.KEY_ISSUES_SUMMARY, day("2027-05-10"), false),
                        new ClockEnd(CrossBorderRules.INVESTIGATION, day("2027-05-10"), false)),
                c.takeClockEnds());
        assertEquals(
                List.of(new ClockRequest(CrossBorderRules.SIMPLE_COOPERATION_INVESTIGATION, day("2027-04-05"))),
                c.takeClockRequests());
    }

    @Test
    void theDraftMeetsTheInvestigationDeadlineAndTheRevisedDraftEndsTheFourWeeks() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.addConcernedAuthority(SupervisoryAuthority.DE);
        c.confirmCompetence(day("2027-04-05"));
        c.shareSummaryOfKeyIssues(day("2027-05-03"));
        c.issuePreliminaryFindings(day("2027-06-01"));
        c.recordPartiesHeard(day("2027-07-01"));
        c.takeClockEnds();
        c.submitDraftDecision(day("2027-09-01"));
        assertTrue(c.takeClockEnds().contains(new ClockEnd(CrossBorderRules.INVESTIGATION, day("2027-09-01"), true)));

        c.recordObjection(SupervisoryAuthority.DE, day("2027-09-20"));
        c.submitRevisedDraft(day("2027-10-04"));
        assertTrue(c.takeClockEnds()
                .contains(new ClockEnd(CrossBorderRules.DRAFT_DECISION_OBJECTIONS, day("2027-10-04"), false)));
    }

    /** Art. 4(6): six weeks from the complaint's receipt, met when the competence is confirmed. */
    @Test
    void thePresumedLeadConfirmsItsCompetenceWithinSixWeeksOfTheComplaintsReceipt() {
        CrossBorderCase c = fromComplaint(day("2027-04-20"), day("2027-04-02"));
        c.joinComplaint(new CaseRef("complaints", "PL-2027-000020"), day("2027-04-02"));
        c.awaitCompetenceConfirmation(day("2027-04-02"));
        assertEquals(
                List.of(new ClockRequest(CrossBorderRules.COMPETENCE_CONFIRMATION, day("2027-04-02"))),
                c.takeClockRequests(),
                "Chapter II from 2 April 2027, although the investigation stays under the GDPR alone");

        c.confirmCompetence(day("2027-05-03"));
        assertTrue(c.takeClockEnds()
                .contains(new ClockEnd(CrossBorderRules.COMPETENCE_CONFIRMATION, day("2027-05-03"), true)));
        assertEquals(List.of(), c.takeClockRequests(), "no Chapter III clock: complaint lodged on 2 April");

        CrossBorderCase older = fromComplaint(day("2027-04-20"), day("2027-04-01"));
        older.awaitCompetenceConfirmation(day("2027-04-01"));
        assertEquals(List.of(), older.takeClockRequests(), "complaint lodged before 2 April 2027");

        CrossBorderCase irish = CrossBorderCase.openFromComplaint(
                new CrossBorderCaseId("TF-2027-000004"),
                day("2027-04-20"),
                day("2027-04-10"),
                SupervisoryAuthority.FR,
                SupervisoryAuthority.IE,
                "Réseau Social Exemple SA",
                null);
        irish.awaitCompetenceConfirmation(day("2027-04-10"));
        assertEquals(List.of(), irish.takeClockRequests(), "another authority leads");
    }

    /** Art. 10(3): three months from the confirmed competence, met by the summary of key issues. */
    @Test
    void theSummaryOfKeyIssuesIsDueThreeMonthsAfterTheConfirmedCompetence() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.confirmCompetence(day("2027-04-05"));
        assertTrue(c.takeClockRequests()
                .contains(new ClockRequest(CrossBorderRules.KEY_ISSUES_SUMMARY, day("2027-04-05"))));
        c.takeClockEnds();
        c.shareSummaryOfKeyIssues(day("2027-06-01"));
        assertTrue(
                c.takeClockEnds().contains(new ClockEnd(CrossBorderRules.KEY_ISSUES_SUMMARY, day("2027-06-01"), true)));

        CrossBorderCase old = ledByHome(DAY_BEFORE);
        old.confirmCompetence(day("2027-04-05"));
        assertEquals(List.of(), old.takeClockRequests());
    }

    /**
     * Art. 21(1): one month from the end of the Art. 60(4) period (the platform computes that end),
     * stopped by an objection, started again after a revised draft, met by the final decision.
     */
    @Test
    void theFinalDecisionIsDueOneMonthAfterAnObjectionPeriodWithoutObjection() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.addConcernedAuthority(SupervisoryAuthority.DE);
        c.confirmCompetence(day("2027-04-05"));
        c.shareSummaryOfKeyIssues(day("2027-05-03"));
        c.issuePreliminaryFindings(day("2027-06-01"));
        c.recordPartiesHeard(day("2027-07-01"));
        c.takeClockRequests();
        c.takeClockEnds();

        c.submitDraftDecision(day("2027-09-01"));
        assertEquals(
                List.of(
                        new ClockRequest(CrossBorderRules.DRAFT_DECISION_OBJECTIONS, day("2027-09-01")),
                        new ClockRequest(
                                CrossBorderRules.FINAL_DECISION,
                                day("2027-09-01"),
                                CrossBorderRules.DRAFT_DECISION_OBJECTIONS)),
                c.takeClockRequests());
        c.takeClockEnds();

        c.recordObjection(SupervisoryAuthority.DE, day("2027-09-20"));
        assertEquals(
                List.of(new ClockEnd(CrossBorderRules.FINAL_DECISION, day("2027-09-20"), false)), c.takeClockEnds());

        c.submitRevisedDraft(day("2027-10-04"));
        assertTrue(c.takeClockRequests()
                .contains(new ClockRequest(
                        CrossBorderRules.FINAL_DECISION,
                        day("2027-10-04"),
                        CrossBorderRules.REVISED_DRAFT_OBJECTIONS)));
        c.takeClockEnds();

        c.adoptFinalDecision(day("2027-11-02"));
        assertEquals(
                new ClockEnd(CrossBorderRules.FINAL_DECISION, day("2027-11-02"), true),
                c.takeClockEnds().get(0),
                "met before the objection periods are stopped");

        CrossBorderCase old = ledByHome(DAY_BEFORE);
        old.confirmCompetence(day("2027-04-05"));
        old.submitDraftDecision(day("2027-05-03"));
        assertEquals(
                List.of(new ClockRequest(CrossBorderRules.DRAFT_DECISION_OBJECTIONS, day("2027-05-03"))),
                old.takeClockRequests(),
                "the GDPR alone: no Art. 21(1)");
    }

    /** Art. 5(2)(c): four weeks to object from the day the complainant is informed. */
    @Test
    void theComplainantHasFourWeeksToObjectToTheEarlyResolution() {
        CrossBorderCase c = fromComplaint(day("2027-04-03"), day("2027-04-02"));
        c.joinComplaint(new CaseRef("complaints", "PL-2027-000030"), day("2027-04-02"));
        c.proposeEarlyResolution(day("2027-04-16"));
        assertEquals(
                List.of(new ClockRequest(CrossBorderRules.EARLY_RESOLUTION_OBJECTION, day("2027-04-16"))),
                c.takeClockRequests());
        c.recordComplainantObjection(day("2027-05-03"));
        assertEquals(
                List.of(new ClockEnd(CrossBorderRules.EARLY_RESOLUTION_OBJECTION, day("2027-05-03"), true)),
                c.takeClockEnds());

        c.proposeEarlyResolution(day("2027-05-10"));
        c.takeClockRequests();
        c.closeByEarlyResolution(day("2027-06-08"));
        assertTrue(c.takeClockEnds()
                .contains(new ClockEnd(CrossBorderRules.EARLY_RESOLUTION_OBJECTION, day("2027-06-08"), false)));

        CrossBorderCase older = fromComplaint(day("2027-04-03"), day("2027-04-01"));
        older.joinComplaint(new CaseRef("complaints", "PL-2027-000031"), day("2027-04-01"));
        older.proposeEarlyResolution(day("2027-04-16"));
        assertEquals(List.of(), older.takeClockRequests(), "complaint lodged before 2 April 2027");
    }

    private static String refusal(Runnable act) {
        return assertThrows(CrossBorderException.class, act::run).key();
    }

    /** A case led here under the Regulation, investigating, its 15 months due on Wednesday 5 July 2028. */
    private static CrossBorderCase investigatingUntil5July2028() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.confirmCompetence(day("2027-04-05"));
        c.investigationDueOn(day("2028-07-05"));
        c.takeClockRequests();
        c.takeClockEnds();
        return c;
    }

    /** Art. 12(3): once, at most 12 months, at least four weeks before the deadline expires. */
    @Test
    void theInvestigationDeadlineIsExtendedOnceByAtMostTwelveMonthsFourWeeksAhead() {
        CrossBorderCase c = investigatingUntil5July2028();
        assertTrue(c.availableActs().contains(CrossBorderAct.EXTEND_INVESTIGATION_DEADLINE));
        assertEquals(
                "crossborder.extension.tooLong", refusal(() -> c.extendInvestigationDeadline(13, day("2028-01-10"))));
        assertEquals(
                "crossborder.extension.monthsRequired",
                refusal(() -> c.extendInvestigationDeadline(null, day("2028-01-10"))));
        assertEquals(
                "crossborder.extension.monthsRequired",
                refusal(() -> c.extendInvestigationDeadline(0, day("2028-01-10"))));
        // 5 July 2028 - 4 weeks = Wednesday 7 June 2028: the last day to inform the authorities concerned.
        assertEquals(
                "crossborder.extension.tooLate", refusal(() -> c.extendInvestigationDeadline(12, day("2028-06-08"))));

        c.extendInvestigationDeadline(12, day("2028-06-07"));
        assertEquals(List.of(new ClockExtension(CrossBorderRules.INVESTIGATION, 12)), c.takeClockExtensions());
        assertEquals(java.util.Optional.of(12), c.investigationExtendedMonths());
        List<CrossBorderEvent> facts = c.drainEvents();
        assertEquals(
                CrossBorderAct.EXTEND_INVESTIGATION_DEADLINE,
                facts.get(facts.size() - 1).act());
        assertEquals("12", facts.get(facts.size() - 1).after());
    }

    @Test
    void aSecondExtensionIsRefused() {
        CrossBorderCase c = investigatingUntil5July2028();
        c.extendInvestigationDeadline(3, day("2028-01-10"));
        assertEquals(
                "crossborder.extension.already", refusal(() -> c.extendInvestigationDeadline(3, day("2028-01-11"))));
        assertFalse(c.availableActs().contains(CrossBorderAct.EXTEND_INVESTIGATION_DEADLINE));
    }

    /** Art. 12(6), second subparagraph: under simple cooperation, once, at most 2 months, two weeks ahead. */
    @Test
    void underSimpleCooperationTheExtensionIsTwoMonthsAtMostTwoWeeksAhead() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.confirmCompetence(day("2027-04-05"));
        c.applySimpleCooperation(day("2027-05-10"));
        // 5 April 2027 + 12 months = Wednesday 5 April 2028; - 2 weeks = Wednesday 22 March 2028.
        c.investigationDueOn(day("2028-04-05"));
        assertEquals(
                "crossborder.extension.tooLong", refusal(() -> c.extendInvestigationDeadline(3, day("2028-01-10"))));
        assertEquals(
                "crossborder.extension.tooLate", refusal(() -> c.extendInvestigationDeadline(2, day("2028-03-23"))));
        c.extendInvestigationDeadline(2, day("2028-03-22"));
        assertEquals(
                List.of(new ClockExtension(CrossBorderRules.SIMPLE_COOPERATION_INVESTIGATION, 2)),
                c.takeClockExtensions());
    }

    @Test
    void onlyTheLeadExtendsAndOnlyUnderTheRegulationDuringTheInvestigation() {
        CrossBorderCase old = ledByHome(DAY_BEFORE);
        old.confirmCompetence(day("2027-04-05"));
        assertEquals(
                "crossborder.extension.notUnderRegulation",
                refusal(() -> old.extendInvestigationDeadline(3, day("2027-05-03"))));

        CrossBorderCase irish = CrossBorderCase.open(
                new CrossBorderCaseId("TF-2027-000005"),
                FIRST_DAY,
                SupervisoryAuthority.FR,
                SupervisoryAuthority.IE,
                "Réseau Social Exemple SA",
                null);
        irish.confirmCompetence(day("2027-04-05"));
        assertEquals(
                "crossborder.extension.leadOnly",
                refusal(() -> irish.extendInvestigationDeadline(3, day("2027-05-03"))));

        CrossBorderCase opened = ledByHome(FIRST_DAY);
        assertEquals(
                "crossborder.extension.notNow",
                refusal(() -> opened.extendInvestigationDeadline(3, day("2027-05-03"))));
    }

    @Test
    void theCaseOffersOnlyTheActsItWouldAccept() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        assertTrue(c.availableActs().contains(CrossBorderAct.CONFIRM_COMPETENCE));
        assertFalse(c.availableActs().contains(CrossBorderAct.SUBMIT_DRAFT_DECISION));
        assertFalse(c.availableActs().contains(CrossBorderAct.RECEIVE_DRAFT_DECISION));
        assertFalse(c.availableActs().contains(CrossBorderAct.PROPOSE_EARLY_RESOLUTION), "no complaint joined");

        c.confirmCompetence(day("2027-04-05"));
        assertTrue(c.availableActs().contains(CrossBorderAct.APPLY_SIMPLE_COOPERATION));
        assertTrue(c.availableActs().contains(CrossBorderAct.SHARE_SUMMARY_OF_KEY_ISSUES));
        assertFalse(c.availableActs().contains(CrossBorderAct.ISSUE_PRELIMINARY_FINDINGS), "summary first");

        CrossBorderCase old = ledByHome(DAY_BEFORE);
        old.confirmCompetence(day("2027-04-05"));
        assertFalse(old.availableActs().contains(CrossBorderAct.APPLY_SIMPLE_COOPERATION));
        assertTrue(old.availableActs().contains(CrossBorderAct.SUBMIT_DRAFT_DECISION));
    }

    @Test
    void earlyResolutionClosesTheCaseUnlessTheComplainantObjects() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        assertThrows(CrossBorderException.class, () -> c.proposeEarlyResolution(day("2027-04-03")));
        c.joinComplaint(new CaseRef("complaints", "PL-2027-000010"));
        c.confirmCompetence(day("2027-04-05"));
        c.proposeEarlyResolution(day("2027-05-01"));
        assertEquals(Stage.EARLY_RESOLUTION_PROPOSED, c.stage());
        assertEquals(
                List.of(CrossBorderAct.RECORD_COMPLAINANT_OBJECTION, CrossBorderAct.CLOSE_BY_EARLY_RESOLUTION),
                c.availableActs());

        c.recordComplainantObjection(day("2027-05-20"));
        assertEquals(Stage.INVESTIGATING, c.stage(), "the case goes on where it was");
        assertEquals(day("2027-05-20"), c.complainantObjectedOn());

        c.proposeEarlyResolution(day("2027-06-01"));
        c.takeClockEnds();
        c.closeByEarlyResolution(day("2027-06-20"));
        assertEquals(Stage.CLOSED, c.stage());
        assertTrue(c.closedByEarlyResolution());
        assertTrue(c.takeClockEnds().contains(new ClockEnd(CrossBorderRules.INVESTIGATION, day("2027-06-20"), false)));
        assertEquals(List.of(), c.availableActs());
    }

    @Test
    void everyActRecordsAFactForTheAuditTrail() {
        CrossBorderCase c = ledByHome(FIRST_DAY);
        c.joinComplaint(new CaseRef("complaints", "PL-2027-000010"));
        c.confirmCompetence(day("2027-04-05"));

        List<CrossBorderEvent> events = c.drainEvents();
        assertEquals(
                List.of(CrossBorderAct.OPEN, CrossBorderAct.JOIN_COMPLAINT, CrossBorderAct.CONFIRM_COMPETENCE),
                events.stream().map(CrossBorderEvent::act).toList());
        assertEquals(
                new CrossBorderEvent(
                        CrossBorderAct.CONFIRM_COMPETENCE, day("2027-04-05"), "stage", "OPENED", "INVESTIGATING"),
                events.get(2));
        assertEquals(List.of(), c.drainEvents());
    }

    @Test
    void aCaseAgainstAnOrganisationNeedsItsName() {
        CrossBorderException refusal = assertThrows(
                CrossBorderException.class,
                () -> CrossBorderCase.open(
                        new CrossBorderCaseId("TF-2027-000002"),
                        FIRST_DAY,
                        SupervisoryAuthority.FR,
                        SupervisoryAuthority.IE,
                        " ",
                        null));
        assertEquals("organisationName", refusal.field());
        assertNull(ledByHome(FIRST_DAY).investigationDueOn());
    }

    @Test
    void actsHaveUrlNames() {
        assertEquals("confirm-competence", CrossBorderAct.CONFIRM_COMPETENCE.path());
        assertEquals(CrossBorderAct.RECORD_OBJECTION, CrossBorderAct.ofPath("record-objection"));
        assertNull(CrossBorderAct.ofPath("nonsense"));
    }
}
