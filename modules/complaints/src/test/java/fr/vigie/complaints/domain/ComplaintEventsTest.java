package fr.vigie.complaints.domain;

import static fr.vigie.complaints.domain.Fixtures.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each verb of a complaint records one event saying what it changed; a refused verb records none. */
class ComplaintEventsTest {
    private static final UUID LETTER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void acknowledging() {
        Complaint c = Fixtures.received();
        c.acknowledge(LETTER, handler());
        assertEquals(
                List.of(new ComplaintEvent.Acknowledged(
                        ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, LETTER, handler())),
                c.drainEvents());
        assertEquals(LetterType.ACKNOWLEDGEMENT, c.letters().get(0).type());
    }

    @Test
    void qualifying() {
        Complaint c = Fixtures.received();
        c.acknowledge(null, handler());
        c.drainEvents();
        Qualification q = new Qualification(true, true, false, null);
        c.qualify(q, "Recevable", handler());
        assertEquals(
                List.of(new ComplaintEvent.Qualified(
                        ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.QUALIFIED, q, "Recevable", handler())),
                c.drainEvents());
    }

    @Test
    void assigningThenReassigning() {
        Complaint c = Fixtures.qualified(true);
        c.drainEvents();
        c.assignTo("handler", "Charge", handler());
        c.assignTo("other", "Congés", handler());
        assertEquals(
                List.of(
                        new ComplaintEvent.Assigned(
                                null,
                                "handler",
                                ComplaintStatus.QUALIFIED,
                                ComplaintStatus.ASSIGNED,
                                "Charge",
                                handler()),
                        new ComplaintEvent.Assigned(
                                "handler",
                                "other",
                                ComplaintStatus.ASSIGNED,
                                ComplaintStatus.ASSIGNED,
                                "Congés",
                                handler())),
                c.drainEvents());
    }

    @Test
    void startingTheInstruction() {
        Complaint c = assigned();
        c.startInstruction(handler());
        assertEquals(
                List.of(new ComplaintEvent.InstructionStarted(
                        ComplaintStatus.ASSIGNED, ComplaintStatus.UNDER_INSTRUCTION, handler())),
                c.drainEvents());
    }

    @Test
    void aFirstRequestStartsTheInstructionWithinItsOwnEvent() {
        Complaint c = assigned();
        InformationRequest request = c.sendRequest("Merci de nous communiquer votre registre.", LETTER, handler());
        assertEquals(
                List.of(new ComplaintEvent.RequestSent(
                        ComplaintStatus.ASSIGNED, ComplaintStatus.UNDER_INSTRUCTION, request, LETTER, handler())),
                c.drainEvents());
        assertTrue(
                c.timeline().stream().anyMatch(e -> e.type() == TimelineType.INSTRUCTION_STARTED),
                "the timeline still says the instruction started");
    }

    @Test
    void recordingAnAnswer() throws ReflectiveOperationException {
        Complaint c = assigned();
        InformationRequest request = c.sendRequest("Merci de nous communiquer votre registre.", LETTER, handler());
        Field id = InformationRequest.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(request, 7L);
        c.drainEvents();
        c.recordAnswer(7L, Fixtures.TODAY, "Registre reçu", handler());
        assertEquals(List.of(new ComplaintEvent.AnswerRecorded(7L, Fixtures.TODAY, handler())), c.drainEvents());
    }

    @Test
    void informingTheComplainant() {
        Complaint c = assigned();
        c.informComplainant("Votre plainte avance.", LETTER, handler());
        assertEquals(
                List.of(new ComplaintEvent.ComplainantInformed(null, Fixtures.TODAY, LETTER, handler())),
                c.drainEvents());
    }

    @Test
    void decidingThePriority() {
        Complaint c = Fixtures.received();
        PriorityLevel proposed = c.proposedPriority().level();
        c.decidePriority(proposed, null, handler());
        PriorityDecision first = c.priorityDecision().orElseThrow();
        c.decidePriority(PriorityLevel.HIGH == proposed ? PriorityLevel.LOW : PriorityLevel.HIGH, "Urgent", handler());
        assertEquals(
                List.of(
                        new ComplaintEvent.PriorityDecided(null, first, c.proposedPriority(), handler()),
                        new ComplaintEvent.PriorityDecided(
                                proposed, c.priorityDecision().orElseThrow(), c.proposedPriority(), handler())),
                c.drainEvents());
    }

    @Test
    void closingAndReopening() {
        Complaint c = Fixtures.qualified(false);
        c.drainEvents();
        c.close(Outcome.INADMISSIBLE, "Hors champ", LETTER, handler());
        c.reopen("Erreur", Fixtures.stamp("admin"));
        assertEquals(
                List.of(
                        new ComplaintEvent.Closed(
                                ComplaintStatus.QUALIFIED,
                                ComplaintStatus.CLOSED,
                                Outcome.INADMISSIBLE,
                                "Hors champ",
                                LETTER,
                                handler()),
                        new ComplaintEvent.Reopened(
                                ComplaintStatus.CLOSED,
                                ComplaintStatus.QUALIFIED,
                                Outcome.INADMISSIBLE,
                                "Erreur",
                                Fixtures.stamp("admin"))),
                c.drainEvents());
    }

    @Test
    void notingALinkWithTheCampaignJoined() {
        Complaint c = Fixtures.received();
        c.joinCampaign("PL-2026-000001");
        c.noteLink(false, LinkKind.SIMILAR_FACTS, new ComplaintReference("PL-2026-000002"), "Autres faits", handler());
        assertEquals(
                List.of(new ComplaintEvent.LinkNoted(
                        false, LinkKind.SIMILAR_FACTS, "PL-2026-000002", "PL-2026-000001", "Autres faits", handler())),
                c.drainEvents());
    }

    @Test
    void aRefusedVerbRecordsNothingAndDrainingForgets() {
        Complaint c = Fixtures.received();
        assertThrows(ComplaintException.class, () -> c.reopen("r", handler()));
        assertTrue(c.pendingEvents().isEmpty());
        c.acknowledge(null, handler());
        assertEquals(1, c.pendingEvents().size());
        assertEquals(1, c.drainEvents().size());
        assertTrue(c.drainEvents().isEmpty(), "each event is written once");
    }

    private static Complaint assigned() {
        Complaint c = Fixtures.assigned();
        c.drainEvents();
        return c;
    }
}
