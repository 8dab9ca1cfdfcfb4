package fr.vigie.dossiers.domain;

import static fr.vigie.dossiers.domain.Fixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierLifecycleTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static List<Stage> stages(Dossier d) {
        return d.stages().stream().map(DossierStage::stage).toList();
    }

    @Test
    void aDraftIsSavedIncompleteAndSubmittedWhenEverythingIsAnswered() {
        ApplicationForm partial = new ApplicationForm(
                Procedure.EHDS_ACCESS_APPLICATION,
                "Projet",
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        Dossier d = new Dossier(DossierReference.of(2026, 1), partial, on(DAY));
        assertEquals(DossierStatus.DRAFT, d.status());
        DossierException refused = assertThrows(DossierException.class, () -> d.submit(on(DAY)));
        assertTrue(refused.all().size() > 5, "every missing answer is reported");
        assertEquals(DossierStatus.DRAFT, d.status());

        d.saveDraft(Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION), on(DAY));
        d.submit(on(DAY.plusDays(1)));
        assertEquals(DossierStatus.SUBMITTED, d.status());
        assertEquals(DAY.plusDays(1), d.milestones().submittedOn());
        assertEquals(List.of(Stage.COMPLETENESS), stages(d));
    }

    @Test
    void anIncompleteRoundKeepsTheSubmissionDayAndStartsTheTargetOnlyWhenComplete() {
        Dossier d = Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.declareIncomplete("Protocole manquant", on(DAY.plusDays(3)));
        assertEquals(DossierStatus.INCOMPLETE, d.status());
        assertFalse(d.progress(DAY.plusDays(3)).started(), "no clock towards the target before completeness");
        d.saveDraft(Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION), on(DAY.plusDays(10)));
        d.submit(on(DAY.plusDays(10)));
        assertEquals(DossierStatus.SUBMITTED, d.status());
        assertEquals(DAY, d.milestones().submittedOn(), "the first submission day stays");
        d.declareComplete(on(DAY.plusDays(12)));
        assertEquals(DossierStatus.DECISION_PENDING, d.status());
        assertEquals(
                DAY.plusDays(10),
                d.milestones().completeOn(),
                "complete from the day the completing resubmission was received, not the day it was checked");
        assertFalse(d.progress(DAY.plusDays(12)).started(), "the target is its clock's: none yet");
        d.targetRunsUntil(LocalDate.of(2026, 11, 12));
        TargetProgress p = d.progress(DAY.plusDays(42));
        assertEquals(32, p.elapsedDays());
        assertEquals(LocalDate.of(2026, 11, 12), p.targetOn(), "the target clock's last day, as it computed it");
        assertEquals(Stage.DECISION, p.stage());
        assertEquals(List.of(Stage.COMPLETENESS, Stage.DECISION), stages(d));
        assertEquals(DAY.plusDays(12), d.stages().get(0).endedOn());
    }

    @Test
    void anIncompleteDossierCannotChangeProcedure() {
        Dossier d = Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.declareIncomplete("Protocole manquant", on(DAY));
        assertEquals(
                "procedure",
                assertThrows(DossierException.class, () -> d.saveDraft(Fixtures.complete(Procedure.NATIONAL), on(DAY)))
                        .field());
    }

    @Test
    void theNationalProcedureGoesThroughTheCommitteeThenTheDecision() {
        Dossier d = Fixtures.submitted(Procedure.NATIONAL, DAY);
        d.declareComplete(on(DAY));
        assertEquals(DossierStatus.COMMITTEE_REVIEW, d.status());
        d.recordOpinion(
                Opinion.UNFAVOURABLE, "Finalité insuffisamment précise", DAY.plusDays(20), on(DAY.plusDays(20)));
        assertEquals(DossierStatus.DECISION_PENDING, d.status(), "the opinion is advisory: the authority decides");
        d.grant(DAY.plusYears(3), DAY.plusYears(10), "Pas d'appariement", on(DAY.plusDays(40)));
        assertEquals(DossierStatus.DATA_PREPARATION, d.status());
        assertEquals(Decision.GRANTED, d.decision().outcome());
        d.recordAvailability(DAY.plusDays(300), on(DAY.plusDays(301)));
        assertEquals(DossierStatus.DATA_AVAILABLE, d.status());
        assertEquals(List.of(Stage.COMPLETENESS, Stage.COMMITTEE, Stage.DECISION, Stage.DATA_HOLDER), stages(d));
        assertTrue(d.stages().stream().noneMatch(DossierStage::isOpen));
    }

    @Test
    void theEhdsProcedureGoesThroughDataHolderAndAvailability() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.targetRunsUntil(DAY.plusMonths(8));
        d.grant(DAY.plusYears(5), DAY.plusYears(10), null, on(DAY.plusMonths(2)));
        assertThrows(
                DossierException.class,
                () -> d.recordAvailability(DAY.plusMonths(3), on(DAY.plusMonths(3))),
                "the data holder delivers first");
        d.recordDelivery(DAY.plusMonths(4), on(DAY.plusMonths(4)));
        assertEquals(DossierStatus.DATA_DELIVERED, d.status());
        d.recordAvailability(DAY.plusMonths(5), on(DAY.plusMonths(5)));
        assertEquals(List.of(Stage.COMPLETENESS, Stage.DECISION, Stage.DATA_HOLDER, Stage.AVAILABILITY), stages(d));
        TargetProgress p = d.progress(DAY.plusYears(1));
        assertEquals(DAY.plusMonths(5), p.reachedOn());
        assertFalse(p.late(), "5 months against the 8-month target");
        assertNull(p.stage());
    }

    @Test
    void anEhdsDossierIsNeverReferredAsAStageButMayReceiveAnAdvisoryOpinion() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.recordOpinion(Opinion.FAVOURABLE_WITH_RESERVATIONS, "Réserves", DAY.plusDays(10), on(DAY.plusDays(10)));
        assertEquals(DossierStatus.DECISION_PENDING, d.status());
        assertEquals(Opinion.FAVOURABLE_WITH_RESERVATIONS, d.committeeOpinion().opinion());
        assertThrows(
                DossierException.class,
                () -> d.recordOpinion(Opinion.FAVOURABLE, "again", DAY.plusDays(11), on(DAY.plusDays(11))));
    }

    @Test
    void theAcceleratedProcedureIsForPublicBodiesWithAReservedPurpose() {
        ApplicationForm f = Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION);
        ApplicationForm publicHealth = new ApplicationForm(
                f.procedure(),
                f.title(),
                "Santé publique France",
                "FR",
                f.siren(),
                true,
                f.principalInvestigator(),
                f.namedPersons(),
                Purpose.A_PUBLIC_HEALTH,
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                f.dataForm(),
                f.dataFormJustification(),
                f.ethicsAssessment(),
                12,
                f.processingEnvironment());
        Dossier d = new Dossier(DossierReference.of(2026, 99), publicHealth, on(DAY));
        d.submit(on(DAY));
        d.declareComplete(on(DAY));
        assertTrue(d.accelerated());
        Dossier ordinary = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        assertFalse(ordinary.accelerated());
    }

    @Test
    void theDecisionPeriodIsExtendedOnceWithReasons() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        assertEquals(
                "reason",
                assertThrows(DossierException.class, () -> d.extendDecision(" ", on(DAY)))
                        .field());
        d.extendDecision("Complexité : appariement de trois bases", on(DAY));
        assertTrue(d.decision().extended());
        assertEquals(
                "dossier.extend.once",
                assertThrows(DossierException.class, () -> d.extendDecision("encore", on(DAY)))
                        .key());
    }

    @Test
    void aRefusalNeedsReasonsAndEndsTheDossier() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_DATA_REQUEST, DAY);
        assertEquals(
                "reasons",
                assertThrows(DossierException.class, () -> d.refuse("", on(DAY)))
                        .field());
        d.refuse("Finalité non couverte par l'art. 53", on(DAY.plusDays(5)));
        assertEquals(DossierStatus.REFUSED, d.status());
        assertFalse(d.status().isOpen());
        assertEquals(DAY.plusDays(5), d.milestones().closedOn());
        assertThrows(
                DossierException.class, () -> d.grant(DAY.plusYears(1), DAY.plusYears(10), null, on(DAY.plusDays(6))));
    }

    @Test
    void anApplicationLapsedAfterItsIncompleteRoundMayBeRefused() {
        Dossier d = Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.declareIncomplete("Protocole manquant", on(DAY));
        d.refuse("Dossier non complété dans le délai de 4 semaines (art. 67)", on(DAY.plusWeeks(5)));
        assertEquals(DossierStatus.REFUSED, d.status());
    }

    @Test
    void illegalMovesAreRefusedWithTheStatesNamed() {
        Dossier d = Fixtures.draft(Procedure.NATIONAL, DAY);
        DossierException e = assertThrows(DossierException.class, () -> d.declareIncomplete("x", on(DAY)));
        assertEquals("dossier.transition.refused", e.key());
        assertEquals(List.of("DRAFT", "INCOMPLETE"), List.of(e.args()[0], e.args()[1]));
        assertThrows(DossierException.class, () -> d.declareComplete(on(DAY)));
        assertThrows(DossierException.class, () -> d.grant(DAY.plusYears(1), DAY.plusYears(10), null, on(DAY)));
        assertThrows(DossierException.class, () -> d.recordDelivery(DAY, on(DAY)));
        assertThrows(DossierException.class, () -> d.expirePermit(on(DAY)));
    }

    @Test
    void feesAreEstimatedBeforeTheDecisionAndMustBeAcceptedBeforeAGrant() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.estimateFee(Money.of(new BigDecimal("2400"), "EUR", "amount"), on(DAY));
        assertEquals(
                "dossier.grant.feeNotAccepted",
                assertThrows(DossierException.class, () -> d.grant(DAY.plusYears(1), DAY.plusYears(10), null, on(DAY)))
                        .key());
        d.acceptFee(on(DAY.plusDays(2)));
        d.grant(DAY.plusYears(1), DAY.plusYears(10), null, on(DAY.plusDays(3)));
        assertEquals(DossierStatus.DATA_PREPARATION, d.status());
        assertThrows(DossierException.class, () -> d.estimateFee(Money.of(BigDecimal.ONE, "EUR", "amount"), on(DAY)));
    }

    @Test
    void theApplicantMayWithdrawAfterTheFeeEstimate() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.estimateFee(Money.of(new BigDecimal("90000"), "EUR", "amount"), on(DAY));
        d.withdraw("Redevances trop élevées pour le budget du projet", on(DAY.plusDays(4)));
        assertEquals(DossierStatus.WITHDRAWN, d.status());
        assertTrue(d.stages().stream().noneMatch(DossierStage::isOpen));
    }

    @Test
    void theHistoryRecordsEveryAct() {
        Dossier d = Fixtures.pendingDecision(Procedure.NATIONAL, DAY);
        assertEquals(
                List.of(
                        EventType.CREATED,
                        EventType.SUBMITTED,
                        EventType.DECLARED_COMPLETE,
                        EventType.OPINION_RECORDED),
                d.history().stream().map(DossierHistoryEntry::type).toList());
    }
}
