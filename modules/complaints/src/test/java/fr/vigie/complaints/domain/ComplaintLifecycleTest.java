package fr.vigie.complaints.domain;

import static fr.vigie.complaints.domain.Fixtures.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplaintLifecycleTest {

    @Test
    void aReceivedComplaintHasItsFactsAndATimelineEntry() {
        Complaint c = Fixtures.received();
        assertEquals(ComplaintStatus.RECEIVED, c.status());
        assertEquals("732829320", c.organisation().siren());
        assertEquals(TimelineType.RECEIVED, c.timeline().get(0).type());
        assertEquals("complaints:PL-2026-000001", c.reference().caseRef().toString());
    }

    @Test
    void intakeChecksEachFieldAndNamesIt() {
        assertEquals(
                "facts",
                assertThrows(
                                ComplaintException.class,
                                () -> new Complaint(
                                        ComplaintReference.of(2026, 2),
                                        null,
                                        new NewComplaint(
                                                Channel.MAIL,
                                                Fixtures.TODAY,
                                                new Complainant("A B", "a@b.fr", null),
                                                new Organisation("X", "DE", null),
                                                "trop court",
                                                Set.of(Category.OTHER),
                                                1),
                                        PriorityRules.assess(Set.of(), 1, 0),
                                        handler()))
                        .field());
        assertEquals(
                "categories",
                assertThrows(
                                ComplaintException.class,
                                () -> new Complaint(
                                        ComplaintReference.of(2026, 2),
                                        null,
                                        Fixtures.facts(Set.of(), 1),
                                        PriorityRules.assess(Set.of(), 1, 0),
                                        handler()))
                        .field());
        assertEquals(
                "peopleAffected",
                assertThrows(
                                ComplaintException.class,
                                () -> new Complaint(
                                        ComplaintReference.of(2026, 2),
                                        null,
                                        Fixtures.facts(Set.of(Category.OTHER), 0),
                                        PriorityRules.assess(Set.of(), 0, 0),
                                        handler()))
                        .field());
        assertEquals(
                "receivedOn",
                assertThrows(
                                ComplaintException.class,
                                () -> new Complaint(
                                        ComplaintReference.of(2026, 2),
                                        null,
                                        new NewComplaint(
                                                Channel.MAIL,
                                                Fixtures.TODAY.plusDays(1),
                                                new Complainant("A B", "a@b.fr", null),
                                                new Organisation("X", "DE", null),
                                                "des faits suffisamment longs",
                                                Set.of(Category.OTHER),
                                                1),
                                        PriorityRules.assess(Set.of(), 1, 0),
                                        handler()))
                        .field());
    }

    @Test
    void aComplainantMustBeReachable() {
        assertEquals(
                "complainantEmail",
                assertThrows(ComplaintException.class, () -> new Complainant("A B", null, " "))
                        .field());
        assertEquals(
                "complainantEmail",
                assertThrows(ComplaintException.class, () -> new Complainant("A B", "pas-un-mail", null))
                        .field());
        assertEquals(
                "complainantName",
                assertThrows(ComplaintException.class, () -> new Complainant(" ", "a@b.fr", null))
                        .field());
    }

    @Test
    void theHappyPathFromReceiptToClosure() {
        Complaint c = Fixtures.assigned();
        assertEquals(ComplaintStatus.ASSIGNED, c.status());
        InformationRequest request =
                c.sendRequest("Merci de nous communiquer votre registre des traitements.", null, handler());
        assertEquals(ComplaintStatus.UNDER_INSTRUCTION, c.status(), "a request starts the instruction");
        assertTrue(request.isOpen());
        c.informComplainant("Votre plainte est en cours d'instruction.", UUID.randomUUID(), handler());
        assertEquals(Fixtures.TODAY, c.lastInformedOn());
        c.close(Outcome.RESOLVED_AFTER_INTERVENTION, "La société a répondu", UUID.randomUUID(), handler());
        assertEquals(ComplaintStatus.CLOSED, c.status());
        assertEquals(Outcome.RESOLVED_AFTER_INTERVENTION, c.outcome());
        assertEquals(LetterType.CLOSURE, c.letters().get(c.letters().size() - 1).type());
    }

    @Test
    void illegalTransitionsAreRefusedWithBothStatesNamed() {
        Complaint c = Fixtures.received();
        ComplaintException e = assertThrows(
                ComplaintException.class, () -> c.qualify(new Qualification(true, true, false, null), "r", handler()));
        assertEquals("complaint.transition.refused", e.key());
        assertEquals("RECEIVED", e.args()[0]);
        assertEquals("QUALIFIED", e.args()[1]);
        assertThrows(ComplaintException.class, () -> c.close(Outcome.NO_BREACH, "r", null, handler()));
        c.acknowledge(null, handler());
        assertThrows(ComplaintException.class, () -> c.acknowledge(null, handler()), "acknowledged once only");
    }

    @Test
    void onlyAnInstructableComplaintIsAssigned() {
        Complaint c = Fixtures.qualified(false);
        assertEquals(
                "complaint.assign.notInstructable",
                assertThrows(ComplaintException.class, () -> c.assignTo("handler", "r", handler()))
                        .key());
        c.close(Outcome.INADMISSIBLE, "Hors du champ du RGPD", null, handler());
        assertEquals(ComplaintStatus.CLOSED, c.status());
    }

    @Test
    void outcomesMustFitTheQualification() {
        Complaint admissible = Fixtures.qualified(true);
        assertEquals(
                "complaint.close.qualifiedAdmissible",
                assertThrows(
                                ComplaintException.class,
                                () -> admissible.close(Outcome.INADMISSIBLE, "r", null, handler()))
                        .key());
        assertEquals(
                "complaint.close.meritsNeedInstruction",
                assertThrows(ComplaintException.class, () -> admissible.close(Outcome.NO_BREACH, "r", null, handler()))
                        .key());
        assertEquals(
                "complaint.close.notLedElsewhere",
                assertThrows(
                                ComplaintException.class,
                                () -> admissible.close(Outcome.TRANSFERRED_TO_LEAD_AUTHORITY, "r", null, handler()))
                        .key());

        Complaint crossBorder = Fixtures.received();
        crossBorder.acknowledge(null, handler());
        crossBorder.qualify(new Qualification(true, true, true, "IE"), "Établissement principal en Irlande", handler());
        assertThrows(ComplaintException.class, () -> crossBorder.assignTo("handler", "r", handler()));
        crossBorder.close(Outcome.TRANSFERRED_TO_LEAD_AUTHORITY, "Art. 56", null, handler());
        assertEquals(Outcome.TRANSFERRED_TO_LEAD_AUTHORITY, crossBorder.outcome());
    }

    @Test
    void crossBorderNeedsALeadAuthority() {
        assertEquals(
                "leadAuthority",
                assertThrows(ComplaintException.class, () -> new Qualification(true, true, true, " "))
                        .field());
        assertTrue(new Qualification(true, true, true, "fr").instructable(), "the authority itself may lead");
    }

    @Test
    void reassignmentKeepsTheInstructionGoing() {
        Complaint c = Fixtures.assigned();
        c.startInstruction(handler());
        c.assignTo("other", "Congés", handler());
        assertEquals(ComplaintStatus.UNDER_INSTRUCTION, c.status());
        assertEquals("other", c.assignee());
        assertEquals(
                "assignee",
                assertThrows(ComplaintException.class, () -> c.assignTo("other", "r", handler()))
                        .field());
    }

    @Test
    void aClosedComplaintIsReopenedToInstructionOrQualification() {
        Complaint instructed = Fixtures.assigned();
        instructed.close(Outcome.NO_BREACH, "r", null, handler());
        assertThrows(
                ComplaintException.class,
                () -> instructed.informComplainant("Encore une information", null, handler()));
        instructed.reopen("Nouveaux éléments", Fixtures.stamp("admin"));
        assertEquals(ComplaintStatus.UNDER_INSTRUCTION, instructed.status());
        assertNull(instructed.outcome());
        assertEquals(
                TimelineType.REOPENED,
                instructed.timeline().get(instructed.timeline().size() - 1).type());

        Complaint inadmissible = Fixtures.qualified(false);
        inadmissible.close(Outcome.INADMISSIBLE, "r", null, handler());
        inadmissible.reopen("Erreur de qualification", Fixtures.stamp("admin"));
        assertEquals(ComplaintStatus.QUALIFIED, inadmissible.status());
        assertEquals(
                "complaint.reopen.notClosed",
                assertThrows(ComplaintException.class, () -> inadmissible.reopen("r", handler()))
                        .key());
    }

    @Test
    void answersAreRecordedOnceAndNotBeforeTheRequest() {
        Complaint c = Fixtures.assigned();
        c.sendRequest("Merci de justifier la durée de conservation.", null, handler());
        // the request has no id outside a database: answering an unknown id is refused with the field named
        assertEquals(
                "request",
                assertThrows(ComplaintException.class, () -> c.recordAnswer(42L, Fixtures.TODAY, "ok", handler()))
                        .field());
        InformationRequest request = c.requests().get(0);
        request.answered(Fixtures.TODAY, "Réponse reçue");
        assertThrows(ComplaintException.class, () -> request.answered(Fixtures.TODAY, "deux fois"));
    }

    @Test
    void informingBeforeTheAcknowledgementIsRefused() {
        Complaint c = Fixtures.received();
        assertEquals(
                "complaint.inform.beforeAcknowledgement",
                assertThrows(
                                ComplaintException.class,
                                () -> c.informComplainant("Votre plainte avance.", null, handler()))
                        .key());
    }
}
