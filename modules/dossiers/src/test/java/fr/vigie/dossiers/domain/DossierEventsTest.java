package fr.vigie.dossiers.domain;

import static fr.vigie.dossiers.domain.Fixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each verb records one event saying what changed, and the history row shows it. */
class DossierEventsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    /** The one event the verb recorded (after draining what came before). */
    private static DossierEvent only(Dossier d) {
        List<DossierEvent> events = d.drainEvents();
        assertEquals(1, events.size(), "one event per verb: " + events);
        DossierEvent event = events.get(0);
        DossierHistoryEntry row = d.history().get(d.history().size() - 1);
        assertEquals(event.type(), row.type(), "the history row shows the event");
        assertEquals(event.reason(), row.reason());
        assertEquals(event.detail(), row.detail());
        return event;
    }

    private static Dossier drained(Dossier d) {
        d.drainEvents();
        return d;
    }

    @Test
    void creatingSavingAndSubmittingRecordTheirEvents() {
        Dossier d = Fixtures.draft(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        assertEquals(new DossierEvent.Created(on(DAY), Procedure.EHDS_ACCESS_APPLICATION), only(d));
        d.saveDraft(Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION), on(DAY));
        assertEquals(new DossierEvent.DraftSaved(on(DAY)), only(d));
        d.submit(on(DAY));
        assertEquals(new DossierEvent.Submitted(on(DAY), DossierStatus.DRAFT, false), only(d));
        d.declareIncomplete(" Protocole ", on(DAY));
        DossierEvent incomplete = only(d);
        assertEquals(new DossierEvent.DeclaredIncomplete(on(DAY), " Protocole "), incomplete);
        assertEquals("Protocole", incomplete.reason(), "the history keeps the stripped text");
        d.submit(on(DAY.plusDays(2)));
        DossierEvent again = only(d);
        assertEquals(new DossierEvent.Submitted(on(DAY.plusDays(2)), DossierStatus.INCOMPLETE, true), again);
        assertEquals(EventType.RESUBMITTED, again.type());
        UUID document = UUID.randomUUID();
        d.attach(document, "protocole.pdf", on(DAY.plusDays(2)));
        assertEquals(new DossierEvent.Attached(on(DAY.plusDays(2)), document, "protocole.pdf"), only(d));
        d.declareComplete(on(DAY.plusDays(3)));
        assertEquals(
                new DossierEvent.DeclaredComplete(on(DAY.plusDays(3)), DossierStatus.DECISION_PENDING, false), only(d));
    }

    @Test
    void feesAndTheCommitteeRecordTheirEvents() {
        Dossier d = drained(Fixtures.submitted(Procedure.NATIONAL, DAY));
        Money first = Money.of(new BigDecimal("100"), "EUR", "amount", "currency");
        Money second = Money.of(new BigDecimal("150"), "EUR", "amount", "currency");
        d.estimateFee(first, on(DAY));
        assertEquals(new DossierEvent.FeeEstimated(on(DAY), null, first), only(d));
        d.estimateFee(second, on(DAY));
        assertEquals(new DossierEvent.FeeEstimated(on(DAY), first, second), only(d));
        d.acceptFee(on(DAY));
        assertEquals(new DossierEvent.FeeAccepted(on(DAY), second), only(d));
        d.declareComplete(on(DAY));
        only(d);
        d.recordTacitOpinion(DAY.plusMonths(1), on(DAY.plusMonths(1).plusDays(1)));
        DossierEvent tacit = only(d);
        assertEquals(
                new DossierEvent.OpinionRecorded(
                        on(DAY.plusMonths(1).plusDays(1)),
                        Opinion.TACIT_FAVOURABLE,
                        "Silence du comité : avis réputé favorable",
                        DossierStatus.COMMITTEE_REVIEW,
                        DossierStatus.DECISION_PENDING),
                tacit);
        assertEquals(EventType.TACIT_OPINION, tacit.type());
    }

    @Test
    void theDecisionAndThePermitRecordTheirEvents() {
        Dossier d = drained(Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY));
        d.stageDueOn(DAY.plusMonths(3));
        d.extendDecision(" Volume ", on(DAY));
        assertEquals(new DossierEvent.DecisionExtended(on(DAY), "Volume", DAY.plusMonths(3)), only(d));
        LocalDate expiry = DAY.plusYears(2);
        d.grant(expiry, DAY.plusYears(10), " Pas de réidentification ", on(DAY));
        DossierEvent granted = only(d);
        assertEquals(
                new DossierEvent.Granted(on(DAY), DossierStatus.DATA_PREPARATION, expiry, " Pas de réidentification "),
                granted);
        assertEquals("→ " + expiry, granted.detail());
        d.publishDecision(on(DAY.plusDays(1)));
        assertEquals(new DossierEvent.DecisionPublished(on(DAY.plusDays(1)), DAY.plusDays(1)), only(d));
        d.recordDelivery(DAY.plusMonths(1), on(DAY.plusMonths(1)));
        assertEquals(new DossierEvent.DataDelivered(on(DAY.plusMonths(1)), DAY.plusMonths(1)), only(d));
        d.recordAvailability(DAY.plusMonths(2), on(DAY.plusMonths(2)));
        assertEquals(
                new DossierEvent.DataAvailable(on(DAY.plusMonths(2)), DossierStatus.DATA_DELIVERED, DAY.plusMonths(2)),
                only(d));
        d.amendPermit("Nouvelles conditions ", "Avenant", on(DAY.plusMonths(2)));
        DossierEvent amended = only(d);
        assertEquals(
                new DossierEvent.PermitAmended(
                        on(DAY.plusMonths(2)), "Pas de réidentification", "Nouvelles conditions", "Avenant"),
                amended);
        assertEquals("← Pas de réidentification", amended.detail());
        d.extendPermit(expiry.plusYears(1), "Suivi", null, null, on(DAY.plusMonths(3)));
        assertEquals(
                new DossierEvent.PermitExtended(on(DAY.plusMonths(3)), expiry, expiry.plusYears(1), "Suivi"), only(d));
        LocalDate end = expiry.plusYears(1);
        d.expirePermit(on(end.plusDays(3)));
        assertEquals(new DossierEvent.PermitExpired(on(end.plusDays(3)), DossierStatus.DATA_AVAILABLE, end), only(d));
        d.confirmDeletion(on(end.plusMonths(1)));
        assertEquals(new DossierEvent.DataDeleted(on(end.plusMonths(1))), only(d));
        d.assignTo("autre", "Congé", on(end.plusMonths(1)));
        assertEquals(
                new DossierEvent.InstructorAssigned(on(end.plusMonths(1)), "instructor", "autre", "Congé"), only(d));
    }

    @Test
    void refusalsWithdrawalsLapsesAndTacitAuthorisationsRecordTheirEvents() {
        Dossier refused = drained(Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY));
        refused.refuse(" Finalité interdite ", on(DAY));
        assertEquals(
                new DossierEvent.Refused(on(DAY), DossierStatus.DECISION_PENDING, "Finalité interdite"), only(refused));

        Dossier withdrawn = drained(Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, DAY));
        withdrawn.withdraw(" Projet abandonné ", on(DAY));
        assertEquals(new DossierEvent.Withdrawn(on(DAY), DossierStatus.SUBMITTED, "Projet abandonné"), only(withdrawn));

        Dossier lapsed = Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        lapsed.declareIncomplete("Protocole", on(DAY));
        drained(lapsed).lapse(DAY.plusWeeks(4), on(DAY.plusWeeks(4).plusDays(1)));
        assertEquals(new DossierEvent.Lapsed(on(DAY.plusWeeks(4).plusDays(1)), DAY.plusWeeks(4)), only(lapsed));

        Dossier tacit = drained(Fixtures.pendingDecision(Procedure.NATIONAL, DAY));
        LocalDate periodEnd = DAY.plusMonths(3);
        tacit.recordTacitAuthorisation(periodEnd, on(periodEnd.plusDays(1)));
        DossierEvent authorised = only(tacit);
        assertEquals(
                new DossierEvent.TacitAuthorisation(
                        on(periodEnd.plusDays(1)),
                        DossierStatus.DATA_PREPARATION,
                        "Silence de l'autorité : autorisation réputée accordée (loi 78-17 art. 66)",
                        periodEnd.plusMonths(36)),
                authorised);
    }

    @Test
    void aRefusedVerbRecordsNoEvent() {
        Dossier d = drained(Fixtures.draft(Procedure.EHDS_ACCESS_APPLICATION, DAY));
        assertThrows(DossierException.class, () -> d.declareComplete(on(DAY)));
        assertThrows(DossierException.class, () -> d.withdraw(" ", on(DAY)));
        assertTrue(d.pendingEvents().isEmpty());
        assertEquals(1, d.history().size(), "only the creation is in the history");
    }
}
