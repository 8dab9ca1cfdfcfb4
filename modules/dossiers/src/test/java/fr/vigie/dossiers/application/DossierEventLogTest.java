package fr.vigie.dossiers.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.dossiers.application.DossierEventLog.Addendum;
import fr.vigie.dossiers.domain.ApplicationForm;
import fr.vigie.dossiers.domain.DataForm;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.Opinion;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.dossiers.domain.ProhibitedUse;
import fr.vigie.dossiers.domain.Purpose;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.FieldChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit entries written from a dossier's events: the actions and fields the trail has always shown. */
class DossierEventLogTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static Stamp on(LocalDate day) {
        return new Stamp("instructor", day.atStartOfDay().toInstant(ZoneOffset.UTC), day);
    }

    private static Dossier draft(Procedure procedure) {
        ApplicationForm form = new ApplicationForm(
                procedure,
                "Cohorte",
                "Université de Lille",
                "FR",
                "732829320",
                false,
                "Dr Jeanne Martin",
                List.of("Jeanne Martin"),
                Purpose.E_SCIENTIFIC_RESEARCH,
                "Étudier les parcours de soins des patients",
                EnumSet.allOf(ProhibitedUse.class),
                "SNDS",
                "Remboursements",
                DataForm.PSEUDONYMISED,
                "Chaînage nécessaire",
                "Avis favorable",
                36,
                "CASD");
        return new Dossier(DossierReference.of(2026, 7), form, on(DAY));
    }

    private static List<AuditRecord> written(Dossier d, Addendum addendum) {
        return DossierEventLog.entries(d, d.drainEvents(), addendum);
    }

    private static AuditRecord one(Dossier d) {
        List<AuditRecord> entries = written(d, Addendum.NONE);
        assertEquals(1, entries.size());
        return entries.get(0);
    }

    private static List<FieldChange> changes(String... fieldBeforeAfter) {
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < fieldBeforeAfter.length; i += 3) {
            changes.add(new FieldChange(fieldBeforeAfter[i], fieldBeforeAfter[i + 1], fieldBeforeAfter[i + 2]));
        }
        return changes;
    }

    private static void assertEntry(AuditRecord entry, String action, String reason, String... changes) {
        assertEquals(action, entry.action());
        assertEquals("dossiers", entry.module());
        assertEquals("DA-2026-000007", entry.caseRef().reference());
        assertEquals(reason, entry.reason());
        assertEquals(changes(changes), entry.changes());
    }

    @Test
    void anEntryPerEventInOrderOnTheDossiersCase() {
        Dossier d = draft(Procedure.EHDS_ACCESS_APPLICATION);
        d.submit(on(DAY));
        List<AuditRecord> entries = written(d, Addendum.NONE);
        assertEquals(2, entries.size());
        assertEntry(entries.get(0), "DOSSIER_CREATED", null, "procedure", null, "EHDS_ACCESS_APPLICATION");
        assertEntry(entries.get(1), "DOSSIER_SUBMITTED", null, "status", "DRAFT", "SUBMITTED");
        assertTrue(d.pendingEvents().isEmpty(), "written once");
    }

    @Test
    void theInstructionOfAnEhdsDossier() {
        Dossier d = draft(Procedure.EHDS_ACCESS_APPLICATION);
        d.submit(on(DAY));
        d.drainEvents();
        d.declareIncomplete(" Protocole ", on(DAY));
        assertEntry(one(d), "DOSSIER_DECLARED_INCOMPLETE", " Protocole ", "status", "SUBMITTED", "INCOMPLETE");
        d.submit(on(DAY.plusDays(1)));
        assertEntry(one(d), "DOSSIER_SUBMITTED", null, "status", "INCOMPLETE", "SUBMITTED");
        UUID document = UUID.randomUUID();
        d.attach(document, "p.pdf", on(DAY.plusDays(1)));
        assertEntry(one(d), "DOSSIER_DOCUMENT_ATTACHED", null, "document", null, document.toString());
        d.declareComplete(on(DAY.plusDays(2)));
        List<AuditRecord> complete = written(d, Addendum.change("referredToCommittee", true));
        assertEntry(
                complete.get(0),
                "DOSSIER_DECLARED_COMPLETE",
                null,
                "status",
                "SUBMITTED",
                "DECISION_PENDING",
                "referredToCommittee",
                null,
                "true");
        d.estimateFee(Money.of(new BigDecimal("100"), "EUR", "amount", "currency"), on(DAY.plusDays(2)));
        assertEntry(one(d), "DOSSIER_FEE_ESTIMATED", null, "fee", null, "100.00 EUR");
        d.acceptFee(on(DAY.plusDays(3)));
        assertEntry(one(d), "DOSSIER_FEE_ACCEPTED", null, "feeAccepted", null, "true");
        d.stageDueOn(DAY.plusMonths(2));
        d.extendDecision("Volume", on(DAY.plusDays(3)));
        d.stageDueOn(DAY.plusMonths(5)); // the clock's new due date, set by the service after the verb
        assertEntry(
                one(d),
                "DOSSIER_DECISION_EXTENDED",
                "Volume",
                "decisionDue",
                DAY.plusMonths(2).toString(),
                DAY.plusMonths(5).toString());
        LocalDate expiry = DAY.plusYears(2);
        d.grant(expiry, null, "Conditions", on(DAY.plusDays(4)));
        UUID permit = UUID.randomUUID();
        d.permitDocumentIs(permit);
        assertEntry(
                one(d),
                "DOSSIER_GRANTED",
                "Conditions",
                "status",
                "DECISION_PENDING",
                "DATA_PREPARATION",
                "decision",
                null,
                "GRANTED",
                "permitExpiresOn",
                null,
                expiry.toString(),
                "permit",
                null,
                permit.toString());
        d.publishDecision(on(DAY.plusDays(5)));
        assertEntry(
                one(d),
                "DOSSIER_DECISION_PUBLISHED",
                null,
                "decisionPublishedOn",
                null,
                DAY.plusDays(5).toString());
        d.recordDelivery(DAY.plusDays(6), on(DAY.plusDays(6)));
        assertEntry(
                one(d),
                "DOSSIER_DATA_DELIVERED",
                null,
                "deliveredOn",
                null,
                DAY.plusDays(6).toString());
        d.recordAvailability(DAY.plusDays(7), on(DAY.plusDays(7)));
        assertEntry(
                one(d),
                "DOSSIER_DATA_AVAILABLE",
                null,
                "status",
                "DATA_DELIVERED",
                "DATA_AVAILABLE",
                "availableOn",
                null,
                DAY.plusDays(7).toString());
        d.amendPermit("Autres", "Avenant", on(DAY.plusDays(8)));
        assertEntry(
                one(d),
                "DOSSIER_PERMIT_AMENDED",
                "Avenant",
                "conditions",
                "Conditions",
                "Autres",
                "permit",
                null,
                permit.toString());
        d.extendPermit(expiry.plusYears(1), "Suivi", null, null, on(DAY.plusDays(9)));
        assertEntry(
                one(d),
                "DOSSIER_PERMIT_EXTENDED",
                "Suivi",
                "permitExpiresOn",
                expiry.toString(),
                expiry.plusYears(1).toString(),
                "permit",
                null,
                permit.toString());
        LocalDate end = expiry.plusYears(1);
        d.expirePermit(on(end.plusDays(1)));
        assertEntry(
                one(d),
                "DOSSIER_PERMIT_EXPIRED",
                null,
                "status",
                "DATA_AVAILABLE",
                "PERMIT_EXPIRED",
                "expiredOn",
                null,
                end.toString());
        d.confirmDeletion(on(end.plusMonths(1)));
        assertEntry(one(d), "DOSSIER_CLOSED", null, "status", "PERMIT_EXPIRED", "CLOSED");
    }

    @Test
    void theCommitteeAndTheTacitOutcomesOfANationalDossier() {
        Dossier d = draft(Procedure.NATIONAL);
        d.submit(on(DAY));
        d.declareComplete(on(DAY));
        d.drainEvents();
        d.recordOpinion(Opinion.FAVOURABLE, "Pertinent\nRéserves : aucune", DAY.plusDays(20), on(DAY.plusDays(20)));
        List<AuditRecord> opinion =
                written(d, Addendum.because("Pertinent").and("session", "S-1").and("adoptedBy", "comité"));
        assertEntry(
                opinion.get(0),
                "DOSSIER_OPINION_RECORDED",
                "Pertinent",
                "opinion",
                null,
                "FAVOURABLE",
                "session",
                null,
                "S-1",
                "adoptedBy",
                null,
                "comité");
        LocalDate periodEnd = DAY.plusMonths(3);
        d.recordTacitAuthorisation(periodEnd, on(periodEnd.plusDays(1)));
        assertEntry(
                one(d),
                "DOSSIER_TACIT_AUTHORISATION",
                "Silence de l'autorité : autorisation réputée accordée (loi 78-17 art. 66)",
                "status",
                "DECISION_PENDING",
                "DATA_PREPARATION",
                "decision",
                null,
                "TACIT_AUTHORISATION",
                "permitExpiresOn",
                null,
                periodEnd.plusMonths(36).toString());

        Dossier silent = draft(Procedure.NATIONAL);
        silent.submit(on(DAY));
        silent.declareComplete(on(DAY));
        silent.drainEvents();
        silent.recordTacitOpinion(DAY.plusMonths(1), on(DAY.plusMonths(1).plusDays(1)));
        assertEntry(
                one(silent),
                "DOSSIER_TACIT_OPINION",
                TacitOutcomes.TACIT_OPINION_REASON,
                "status",
                "COMMITTEE_REVIEW",
                "DECISION_PENDING",
                "opinion",
                null,
                "TACIT_FAVOURABLE");
    }

    @Test
    void endsWithoutADecision() {
        Dossier withdrawn = draft(Procedure.EHDS_ACCESS_APPLICATION);
        withdrawn.submit(on(DAY));
        withdrawn.drainEvents();
        withdrawn.withdraw("Abandon", on(DAY));
        assertEntry(one(withdrawn), "DOSSIER_WITHDRAWN", "Abandon", "status", "SUBMITTED", "WITHDRAWN");

        Dossier lapsed = draft(Procedure.EHDS_ACCESS_APPLICATION);
        lapsed.submit(on(DAY));
        lapsed.declareIncomplete("Protocole", on(DAY));
        lapsed.drainEvents();
        lapsed.lapse(DAY.plusWeeks(4), on(DAY.plusWeeks(5)));
        assertEntry(
                one(lapsed),
                "DOSSIER_LAPSED",
                TacitOutcomes.LAPSE_REASON,
                "status",
                "INCOMPLETE",
                "WITHDRAWN",
                "closedOn",
                null,
                DAY.plusWeeks(4).toString());

        Dossier refused = draft(Procedure.EHDS_ACCESS_APPLICATION);
        refused.submit(on(DAY));
        refused.declareComplete(on(DAY));
        refused.drainEvents();
        refused.refuse("Finalité interdite", on(DAY));
        AuditRecord entry = one(refused);
        assertEntry(
                entry,
                "DOSSIER_REFUSED",
                "Finalité interdite",
                "status",
                "DECISION_PENDING",
                "REFUSED",
                "decision",
                null,
                "REFUSED");
        assertNull(Addendum.NONE.reason());
    }
}
