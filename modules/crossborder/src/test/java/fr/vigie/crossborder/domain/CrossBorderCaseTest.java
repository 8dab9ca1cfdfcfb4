package fr.vigie.crossborder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.CrossBorderRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The cooperation procedure of a cross-border case: its stages, its refusals and the clocks each act asks for. */
class CrossBorderCaseTest {

    private static final SupervisoryAuthority HOME = SupervisoryAuthority.FR;
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 4, 3);
    private static final LocalDate DAY_BEFORE = LocalDate.of(2027, 4, 2);

    private static CrossBorderCase ledByHome(LocalDate openedOn) {
        return CrossBorderCase.open(new CrossBorderCaseId("TF-2027-000001"), openedOn, HOME, HOME);
    }

    private static CrossBorderCase ledByIreland(LocalDate openedOn) {
        return CrossBorderCase.open(new CrossBorderCaseId("TF-2027-000002"), openedOn, HOME, SupervisoryAuthority.IE);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static CrossBorderException refused(String key, Executable act) {
        CrossBorderException refusal = assertThrows(CrossBorderException.class, act);
        assertEquals(key, refusal.key());
        return refusal;
    }

    @Test
    void theOpeningDateFixesTheRules() {
        assertEquals(CrossBorderRules.GDPR_ONLY, ledByHome(DAY_BEFORE).rules());
        assertEquals(
                CrossBorderRules.GDPR_AND_REGULATION_2025_2518,
                ledByHome(FIRST_DAY).rules());
    }

    @Test
    void theHomeAuthorityIsConcernedWhenItDoesNotLead() {
        CrossBorderCase irish = ledByIreland(FIRST_DAY);

        assertFalse(irish.ledByHome());
        assertEquals(Set.of(HOME), irish.concerned());
        assertTrue(ledByHome(FIRST_DAY).concerned().isEmpty());
    }

    @Nested
    class UnderRegulation2025_2518 {

        @Test
        void theStandardProcedureFromCompetenceToClosure() {
            CrossBorderCase c = ledByHome(FIRST_DAY);
            c.addConcernedAuthority(SupervisoryAuthority.DE);
            c.joinComplaint(new CaseRef("complaints", "PL-2027-000010"));

            c.confirmCompetence(day("2027-04-05"));
            assertEquals(
                    List.of(
                            new ClockRequest(CrossBorderRules.SIMPLE_COOPERATION_NOTICE, day("2027-04-05")),
                            new ClockRequest(CrossBorderRules.KEY_ISSUES_SUMMARY, day("2027-04-05")),
                            new ClockRequest(CrossBorderRules.INVESTIGATION, day("2027-04-05"))),
                    c.takeClockRequests(),
                    "Art. 6(2): six weeks to announce the simple procedure, and the 15 months of the investigation,"
                            + " from the confirmed competence");
            c.shareSummaryOfKeyIssues(day("2027-06-01"));
            c.issuePreliminaryFindings(day("2027-09-01"));
            c.recordPartiesHeard(day("2027-10-01"));
            c.submitDraftDecision(day("2027-11-02"));
            assertEquals(
                    List.of(
                            new ClockRequest(CrossBorderRules.DRAFT_DECISION_OBJECTIONS, day("2027-11-02")),
                            new ClockRequest(
                                    CrossBorderRules.FINAL_DECISION,
                                    day("2027-11-02"),
                                    CrossBorderRules.DRAFT_DECISION_OBJECTIONS)),
                    c.takeClockRequests());
            c.adoptFinalDecision(day("2027-12-06"));
            c.close(day("2027-12-20"));

            assertEquals(Stage.CLOSED, c.stage());
            assertEquals(List.of(), c.takeClockRequests());
            refused("crossborder.closed", () -> c.joinComplaint(new CaseRef("complaints", "PL-2027-000011")));
        }

        @Test
        void preliminaryFindingsWaitForTheSummaryOfKeyIssues() {
            CrossBorderCase c = ledByHome(FIRST_DAY);
            c.confirmCompetence(day("2027-04-05"));

            refused("crossborder.findings.keyIssuesFirst", () -> c.issuePreliminaryFindings(day("2027-05-03")));
        }

        @Test
        void theDraftWaitsForThePartiesToBeHeard() {
            CrossBorderCase c = ledByHome(FIRST_DAY);
            c.confirmCompetence(day("2027-04-05"));
            c.shareSummaryOfKeyIssues(day("2027-05-03"));
            c.issuePreliminaryFindings(day("2027-06-01"));

            CrossBorderException refusal =
                    refused("crossborder.draft.hearingFirst", () -> c.submitDraftDecision(day("2027-06-02")));
            assertEquals(
                    "Les parties doivent avoir été entendues sur les constatations préliminaires avant le projet de "
                            + "décision (étape : constatations préliminaires émises).",
                    refusal.localizedMessage(Locale.FRENCH));
            assertEquals(
                    "The parties must have been heard on the preliminary findings before the draft decision "
                            + "(stage: preliminary findings issued).",
                    refusal.localizedMessage(Locale.ENGLISH));
        }

        @Test
        void theSimpleProcedureSkipsTheSummaryAndIsChosenBeforeIt() {
            CrossBorderCase c = ledByHome(FIRST_DAY);
            c.confirmCompetence(day("2027-04-05"));
            c.applySimpleCooperation(day("2027-05-10"));

            assertEquals(CooperationProcedure.SIMPLE, c.procedure());
            refused("crossborder.simpleCooperation.already", () -> c.applySimpleCooperation(day("2027-05-11")));
            c.issuePreliminaryFindings(day("2027-06-01"));
            assertEquals(Stage.PRELIMINARY_FINDINGS_ISSUED, c.stage());

            CrossBorderCase late = ledByHome(FIRST_DAY);
            late.confirmCompetence(day("2027-04-05"));
            late.shareSummaryOfKeyIssues(day("2027-05-03"));
            refused("crossborder.simpleCooperation.tooLate", () -> late.applySimpleCooperation(day("2027-05-04")));
        }

        @Test
        void aConcernedHomeAuthorityGetsNoSimpleProcedureClockButItsFourWeeksToObject() {
            CrossBorderCase c = ledByIreland(FIRST_DAY);
            c.confirmCompetence(day("2027-04-05"));
            assertEquals(List.of(), c.takeClockRequests(), "the six weeks of Art. 6(2) are the lead authority's");
            c.shareSummaryOfKeyIssues(day("2027-05-03"));
            c.issuePreliminaryFindings(day("2027-06-01"));
            c.recordPartiesHeard(day("2027-07-01"));

            refused("crossborder.draft.leadOnly", () -> c.submitDraftDecision(day("2027-07-05")));
            c.receiveDraftDecision(day("2027-07-05"));
            assertEquals(
                    List.of(new ClockRequest(CrossBorderRules.DRAFT_DECISION_OBJECTIONS, day("2027-07-05"))),
                    c.takeClockRequests());
        }
    }

    @Nested
    class UnderTheGdprAlone {

        @Test
        void aCaseOpenedOnTheFirstOfAprilGetsNoneOfTheRegulationsClocks() {
            CrossBorderCase c = ledByHome(DAY_BEFORE);

            c.confirmCompetence(day("2027-04-05"));
            assertEquals(List.of(), c.takeClockRequests(), "no Art. 6(2) clock and no investigation deadline");
            refused(
                    "crossborder.simpleCooperation.notUnderGdprOnly",
                    () -> c.applySimpleCooperation(day("2027-04-06")));
        }

        @Test
        void theDraftMayFollowTheInvestigationDirectly() {
            CrossBorderCase c = ledByHome(DAY_BEFORE);
            c.confirmCompetence(day("2027-04-05"));
            c.submitDraftDecision(day("2028-01-10"));

            assertEquals(Stage.DRAFT_DECISION_SUBMITTED, c.stage());
            assertEquals(
                    List.of(new ClockRequest(CrossBorderRules.DRAFT_DECISION_OBJECTIONS, day("2028-01-10"))),
                    c.takeClockRequests());
        }
    }

    @Nested
    class ObjectionsAndTheBoard {

        private CrossBorderCase draftBeforeTheConcerned() {
            CrossBorderCase c = ledByHome(DAY_BEFORE);
            c.addConcernedAuthority(SupervisoryAuthority.DE);
            c.addConcernedAuthority(SupervisoryAuthority.IT);
            c.confirmCompetence(day("2027-04-05"));
            c.submitDraftDecision(day("2027-09-01"));
            c.takeClockRequests();
            return c;
        }

        @Test
        void aFollowedObjectionGivesARevisedDraftWithTwoWeeks() {
            CrossBorderCase c = draftBeforeTheConcerned();
            c.recordObjection(SupervisoryAuthority.DE, day("2027-09-20"));

            refused("crossborder.final.objectionsPending", () -> c.adoptFinalDecision(day("2027-09-30")));
            c.submitRevisedDraft(day("2027-10-04"));

            assertEquals(Stage.REVISED_DRAFT_SUBMITTED, c.stage());
            assertEquals(1, c.revisedDrafts());
            assertEquals(Set.of(), c.objectionsToCurrentDraft());
            assertEquals(
                    List.of(new ClockRequest(CrossBorderRules.REVISED_DRAFT_OBJECTIONS, day("2027-10-04"))),
                    c.takeClockRequests());
            c.adoptFinalDecision(day("2027-10-25"));
            assertEquals(Stage.FINAL_DECISION_ADOPTED, c.stage());
        }

        @Test
        void anObjectionNotFollowedGoesToTheBoard() {
            CrossBorderCase c = draftBeforeTheConcerned();
            refused("crossborder.board.noObjection", () -> c.referToBoard(day("2027-09-29")));
            c.recordObjection(SupervisoryAuthority.IT, day("2027-09-28"));
            c.referToBoard(day("2027-10-15"));

            assertEquals(Stage.REFERRED_TO_BOARD, c.stage());
            c.adoptFinalDecision(day("2028-01-15"));
            assertEquals(Stage.FINAL_DECISION_ADOPTED, c.stage());
        }

        @Test
        void onlyAnAuthorityConcernedObjectsAndNothingToRevise() {
            CrossBorderCase c = draftBeforeTheConcerned();

            refused(
                    "crossborder.objection.notConcerned",
                    () -> c.recordObjection(SupervisoryAuthority.NL, day("2027-09-10")));
            refused("crossborder.revised.noObjection", () -> c.submitRevisedDraft(day("2027-09-10")));
            refused("crossborder.scope.fixed", () -> c.addConcernedAuthority(SupervisoryAuthority.NL));
        }
    }

    @Test
    void refusesActsOutOfOrderOrDatedBeforeTheLastAct() {
        CrossBorderCase c = ledByHome(FIRST_DAY);

        refused("crossborder.keyIssues.notNow", () -> c.shareSummaryOfKeyIssues(day("2027-04-05")));
        refused("crossborder.objection.noDraft", () -> c.recordObjection(SupervisoryAuthority.DE, day("2027-04-05")));
        refused("crossborder.close.noFinalDecision", () -> c.close(day("2027-04-05")));
        refused("crossborder.act.beforeLastAct", () -> c.confirmCompetence(day("2027-04-01")));
        refused("crossborder.act.dateRequired", () -> c.confirmCompetence(null));
        c.confirmCompetence(day("2027-04-05"));
        refused("crossborder.competence.alreadyConfirmed", () -> c.confirmCompetence(day("2027-04-06")));
    }

    @Test
    void joinsComplaintsOnceAndOnlyComplaints() {
        CrossBorderCase c = ledByIreland(FIRST_DAY);
        CaseRef complaint = new CaseRef("complaints", "PL-2027-000010");
        c.joinComplaint(complaint);

        refused("crossborder.complaint.alreadyJoined", () -> c.joinComplaint(complaint));
        refused("crossborder.complaint.notAComplaint", () -> c.joinComplaint(new CaseRef("sanctions", "SA-2027-0001")));
        refused("crossborder.authority.isLead", () -> c.addConcernedAuthority(SupervisoryAuthority.IE));
        refused("crossborder.authority.alreadyConcerned", () -> c.addConcernedAuthority(HOME));
        assertEquals(List.of(complaint), c.joinedComplaints());
    }

    @Test
    void refusesAnIncompleteOpening() {
        refused(
                "crossborder.reference.invalid",
                () -> CrossBorderCase.open(new CrossBorderCaseId("2027-1"), FIRST_DAY, HOME, HOME));
        refused(
                "crossborder.openedOn.required",
                () -> CrossBorderCase.open(new CrossBorderCaseId("TF-2027-000003"), null, HOME, HOME));
        refused(
                "crossborder.lead.required",
                () -> CrossBorderCase.open(new CrossBorderCaseId("TF-2027-000003"), FIRST_DAY, HOME, null));
        assertEquals(
                "crossborder:TF-2027-000003",
                new CrossBorderCaseId("TF-2027-000003").caseRef().toString());
    }
}
