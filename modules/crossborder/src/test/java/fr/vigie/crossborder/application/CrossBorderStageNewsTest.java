package fr.vigie.crossborder.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.api.CrossBorderStageReached;
import fr.vigie.complaints.api.CrossBorderStageReached.ComplainantInformation;
import fr.vigie.complaints.api.CrossBorderStageReached.Role;
import fr.vigie.crossborder.domain.CooperationProcedure;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderEvent;
import fr.vigie.crossborder.domain.Stage;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.CrossBorderRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the joined complaints hear of the acts on their case: one piece of news per act that moves the
 * stage, one to a complaint just joined, and what the complainant must be told by the case's rules.
 */
class CrossBorderStageNewsTest {
    private static final CaseRef FIRST = new CaseRef("complaints", "PL-2026-000101");
    private static final CaseRef SECOND = new CaseRef("complaints", "PL-2026-000102");

    private static CrossBorderCase concerned(LocalDate openedOn) {
        return CrossBorderCase.open(
                new CrossBorderCaseId("TF-2026-000001"),
                openedOn,
                SupervisoryAuthority.FR,
                SupervisoryAuthority.IE,
                "Réseau social exemple",
                null);
    }

    private static List<CrossBorderStageReached> news(CrossBorderCase c) {
        return c.drainEvents().stream()
                .map(e -> CrossBorderStageNews.of(c, e))
                .flatMap(Optional::stream)
                .toList();
    }

    @Test
    void aJoinedComplaintLearnsItsCaseAndWhereItStandsWithNothingToTell() {
        CrossBorderCase c = concerned(LocalDate.of(2026, 9, 1));
        assertTrue(news(c).isEmpty(), "the opening names no complaint yet");
        c.joinComplaint(FIRST);

        List<CrossBorderStageReached> news = news(c);

        assertEquals(1, news.size());
        CrossBorderStageReached joined = news.get(0);
        assertEquals(new CaseRef("crossborder", "TF-2026-000001"), joined.crossBorderCase());
        assertEquals("TF-2026-000001", joined.caseReference());
        assertEquals(List.of(FIRST), joined.complaints());
        assertEquals("OPENED", joined.stage());
        assertEquals(Role.CONCERNED, joined.role());
        assertEquals(LocalDate.of(2026, 9, 1), joined.on());
        assertEquals(ComplainantInformation.NONE, joined.information());
    }

    @Test
    void eachActThatMovesTheStageTellsEveryJoinedComplaintOnce() {
        CrossBorderCase c = concerned(LocalDate.of(2026, 9, 1));
        c.joinComplaint(FIRST);
        c.joinComplaint(SECOND);
        news(c);

        c.confirmCompetence(LocalDate.of(2026, 9, 10));
        c.addConcernedAuthority(SupervisoryAuthority.DE);

        List<CrossBorderStageReached> news = news(c);
        assertEquals(1, news.size(), "adding an authority moves no stage");
        assertEquals(List.of(FIRST, SECOND), news.get(0).complaints());
        assertEquals("INVESTIGATING", news.get(0).stage());
        assertEquals(LocalDate.of(2026, 9, 10), news.get(0).on());
    }

    @Test
    void aCaseWithoutComplaintTellsNobody() {
        CrossBorderCase c = concerned(LocalDate.of(2026, 9, 1));
        c.confirmCompetence(LocalDate.of(2026, 9, 10));
        assertTrue(news(c).isEmpty());
    }

    @Test
    void theFinalDecisionIsToldUnderEitherRulesEachWithItsSource() {
        CrossBorderCase c = concerned(LocalDate.of(2026, 9, 1));
        c.joinComplaint(FIRST);
        c.confirmCompetence(LocalDate.of(2026, 9, 10));
        c.receiveDraftDecision(LocalDate.of(2026, 10, 1));
        news(c);
        c.adoptFinalDecision(LocalDate.of(2026, 11, 2));

        CrossBorderStageReached last = news(c).get(0);
        assertEquals("FINAL_DECISION_ADOPTED", last.stage());
        assertEquals(ComplainantInformation.FINAL_DECISION_GDPR_ART_60, last.information());
        assertEquals(
                ComplainantInformation.FINAL_DECISION_ART_21_2,
                CrossBorderStageNews.information(
                        Stage.FINAL_DECISION_ADOPTED,
                        CrossBorderRules.GDPR_AND_REGULATION_2025_2518,
                        CooperationProcedure.STANDARD));
    }

    @Test
    void preliminaryFindingsGoToTheComplainantWithThreeToSixWeeksOnlyUnderTheRegulationsStandardProcedure() {
        assertEquals(
                ComplainantInformation.PRELIMINARY_FINDINGS_ART_20_1,
                CrossBorderStageNews.information(
                        Stage.PRELIMINARY_FINDINGS_ISSUED,
                        CrossBorderRules.GDPR_AND_REGULATION_2025_2518,
                        CooperationProcedure.STANDARD));
        assertEquals(3, ComplainantInformation.PRELIMINARY_FINDINGS_ART_20_1.minWeeks());
        assertEquals(6, ComplainantInformation.PRELIMINARY_FINDINGS_ART_20_1.maxWeeks());
        // Art. 6(1): Art. 20 does not apply in the simple cooperation procedure.
        assertEquals(
                ComplainantInformation.NONE,
                CrossBorderStageNews.information(
                        Stage.PRELIMINARY_FINDINGS_ISSUED,
                        CrossBorderRules.GDPR_AND_REGULATION_2025_2518,
                        CooperationProcedure.SIMPLE));
        assertEquals(
                ComplainantInformation.NONE,
                CrossBorderStageNews.information(
                        Stage.PRELIMINARY_FINDINGS_ISSUED, CrossBorderRules.GDPR_ONLY, CooperationProcedure.STANDARD));
    }

    @Test
    void anEarlyResolutionUnderTheRegulationGivesTheComplainantFourWeeksToObject() {
        assertEquals(
                ComplainantInformation.EARLY_RESOLUTION_ART_5_2,
                CrossBorderStageNews.information(
                        Stage.EARLY_RESOLUTION_PROPOSED,
                        CrossBorderRules.GDPR_AND_REGULATION_2025_2518,
                        CooperationProcedure.STANDARD));
        assertEquals(4, ComplainantInformation.EARLY_RESOLUTION_ART_5_2.maxWeeks());
        assertEquals(
                ComplainantInformation.NONE,
                CrossBorderStageNews.information(
                        Stage.EARLY_RESOLUTION_PROPOSED, CrossBorderRules.GDPR_ONLY, CooperationProcedure.STANDARD));
    }

    @Test
    void theComplainantsObjectionBringsTheCaseBackAndTheComplaintsHearIt() {
        CrossBorderCase c = concerned(LocalDate.of(2026, 9, 1));
        List<CrossBorderStageReached> news = new java.util.ArrayList<>(news(c));
        c.joinComplaint(FIRST);
        news.addAll(news(c));
        c.confirmCompetence(LocalDate.of(2026, 9, 10));
        news.addAll(news(c));
        c.proposeEarlyResolution(LocalDate.of(2026, 9, 20));
        news.addAll(news(c));
        c.recordComplainantObjection(LocalDate.of(2026, 10, 5));
        news.addAll(news(c));

        assertEquals(
                List.of("OPENED", "INVESTIGATING", "EARLY_RESOLUTION_PROPOSED", "INVESTIGATING"),
                news.stream().map(CrossBorderStageReached::stage).toList());
    }

    @Test
    void aCaseTheHomeAuthorityLeadsSaysLead() {
        CrossBorderCase c = CrossBorderCase.open(
                new CrossBorderCaseId("TF-2026-000002"),
                LocalDate.of(2026, 9, 1),
                SupervisoryAuthority.FR,
                SupervisoryAuthority.FR,
                "Boutique exemple",
                null);
        c.drainEvents();
        c.joinComplaint(FIRST);
        CrossBorderEvent joined = c.drainEvents().get(0);
        assertEquals(Role.LEAD, CrossBorderStageNews.of(c, joined).orElseThrow().role());
    }
}
