package fr.vigie.complaints.domain;

import static fr.vigie.complaints.domain.Fixtures.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acts a complaint publishes are exactly those its verbs accept: in every state reached through
 * the verbs, each act of {@link Complaint#availableActs()} succeeds (with a fitting input) and each
 * other act is refused. The expected sets are written out too, so that a change of the lifecycle
 * shows here as a change of what the page offers.
 */
class AvailableActsTest {
    /** Acts the complaint's state never restricts. */
    private static final Set<ComplaintAct> ALWAYS =
            EnumSet.of(ComplaintAct.DECIDE_PRIORITY, ComplaintAct.LINK, ComplaintAct.SUGGEST_LINKS);

    record State(String name, Supplier<Complaint> complaint, Set<ComplaintAct> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<State> states() {
        return Stream.of(
                state("received", Fixtures::received, ComplaintAct.ACKNOWLEDGE),
                state(
                        "acknowledged",
                        AvailableActsTest::acknowledged,
                        ComplaintAct.QUALIFY,
                        ComplaintAct.INFORM_COMPLAINANT),
                state(
                        "qualified, instructable",
                        () -> Fixtures.qualified(true),
                        ComplaintAct.ASSIGN,
                        ComplaintAct.INFORM_COMPLAINANT),
                state(
                        "qualified, inadmissible",
                        () -> Fixtures.qualified(false),
                        ComplaintAct.INFORM_COMPLAINANT,
                        ComplaintAct.CLOSE),
                state(
                        "qualified, led by another authority",
                        AvailableActsTest::ledElsewhere,
                        ComplaintAct.INFORM_COMPLAINANT,
                        ComplaintAct.CLOSE),
                state(
                        "assigned",
                        Fixtures::assigned,
                        ComplaintAct.ASSIGN,
                        ComplaintAct.START_INSTRUCTION,
                        ComplaintAct.SEND_REQUEST,
                        ComplaintAct.INFORM_COMPLAINANT,
                        ComplaintAct.CLOSE),
                state("under instruction, nothing asked", AvailableActsTest::instructing, whileInstructing()),
                state(
                        "under instruction, an answer awaited",
                        AvailableActsTest::awaitingAnswer,
                        ComplaintAct.ASSIGN,
                        ComplaintAct.SEND_REQUEST,
                        ComplaintAct.RECORD_ANSWER,
                        ComplaintAct.INFORM_COMPLAINANT,
                        ComplaintAct.CLOSE),
                state("under instruction, answered", AvailableActsTest::answered, whileInstructing()),
                state("closed on the merits", AvailableActsTest::closedOnTheMerits, ComplaintAct.REOPEN),
                state("closed as inadmissible", AvailableActsTest::closedInadmissible, ComplaintAct.REOPEN),
                state("reopened to instruction", () -> reopened(closedOnTheMerits()), whileInstructing()),
                state(
                        "reopened to qualification",
                        () -> reopened(closedInadmissible()),
                        ComplaintAct.INFORM_COMPLAINANT,
                        ComplaintAct.CLOSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void theAvailableActsAreExactlyThoseTheVerbsAccept(State state) {
        Set<ComplaintAct> accepted = EnumSet.noneOf(ComplaintAct.class);
        for (ComplaintAct act : ComplaintAct.values()) {
            if (accepts(state.complaint(), act)) {
                accepted.add(act);
            }
        }
        assertEquals(accepted, state.complaint().get().availableActs(), "what the verbs accept");
        assertEquals(state.expected(), accepted, "what the page offers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void theClosingOutcomesAreExactlyThoseCloseAccepts(State state) {
        Set<Outcome> accepted = EnumSet.noneOf(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            if (closes(state.complaint().get(), outcome)) {
                accepted.add(outcome);
            }
        }
        assertEquals(accepted, state.complaint().get().closingOutcomes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void aRefusedActIsRefusedWithItsOwnMessage(State state) {
        Complaint c = state.complaint().get();
        if (!c.availableActs().contains(ComplaintAct.ASSIGN)) {
            String key = assertThrows(ComplaintException.class, () -> c.assignTo("someone", "r", handler()))
                    .key();
            assertEquals(
                    c.qualification() == null || !c.qualification().instructable()
                            ? "complaint.assign.notInstructable"
                            : "complaint.transition.refused",
                    key);
        }
        if (!c.availableActs().contains(ComplaintAct.REOPEN)) {
            assertEquals(
                    "complaint.reopen.notClosed",
                    assertThrows(ComplaintException.class, () -> c.reopen("r", handler()))
                            .key());
        }
        if (!c.availableActs().contains(ComplaintAct.SEND_REQUEST)) {
            assertEquals(
                    "complaint.request.notInstructing",
                    assertThrows(
                                    ComplaintException.class,
                                    () -> c.sendRequest("Merci de répondre vite.", null, handler()))
                            .key());
        }
        if (!c.availableActs().contains(ComplaintAct.RECORD_ANSWER)) {
            assertEquals(
                    c.status() == ComplaintStatus.UNDER_INSTRUCTION
                            ? "complaint.answer.noneAwaited"
                            : "complaint.request.notInstructing",
                    assertThrows(
                                    ComplaintException.class,
                                    () -> c.recordAnswer(requestToAnswer(c), Fixtures.TODAY, "ok", handler()))
                            .key());
        }
    }

    /** Tries the act's verb with an input that fits it; false when the complaint refuses it. */
    private static boolean accepts(Supplier<Complaint> state, ComplaintAct act) {
        if (act == ComplaintAct.CLOSE) {
            return List.of(Outcome.values()).stream().anyMatch(o -> closes(state.get(), o));
        }
        Complaint c = state.get();
        try {
            switch (act) {
                case ACKNOWLEDGE -> c.acknowledge(null, handler());
                case QUALIFY -> c.qualify(new Qualification(true, true, false, null), "Recevable", handler());
                case ASSIGN -> c.assignTo("someone", "Charge de travail", handler());
                case START_INSTRUCTION -> c.startInstruction(handler());
                case SEND_REQUEST -> c.sendRequest("Merci de nous communiquer votre registre.", null, handler());
                case RECORD_ANSWER -> c.recordAnswer(requestToAnswer(c), Fixtures.TODAY, "Réponse reçue", handler());
                case INFORM_COMPLAINANT -> c.informComplainant("Votre plainte avance.", null, handler());
                case DECIDE_PRIORITY -> c.decidePriority(c.proposedPriority().level(), null, handler());
                case REOPEN -> c.reopen("Nouveaux éléments", Fixtures.stamp("admin"));
                case CLOSE -> throw new AssertionError("tried with each outcome above");
                // Use cases of ComplaintLinks: no verb of the complaint stands in their way.
                case LINK, SUGGEST_LINKS ->
                    c.noteLink(true, LinkKind.MANUAL, new ComplaintReference("PL-2026-000002"), "r", handler());
            }
            return true;
        } catch (ComplaintException refused) {
            return false;
        }
    }

    private static boolean closes(Complaint c, Outcome outcome) {
        try {
            c.close(outcome, "Motif de clôture", null, handler());
            return true;
        } catch (ComplaintException refused) {
            return false;
        }
    }

    /** An open request if there is one, else any: outside a database, requests get their id here. */
    private static long requestToAnswer(Complaint c) {
        long next = 1;
        for (InformationRequest request : c.requests()) {
            if (request.id() == null) {
                giveId(request, next++);
            }
        }
        return c.requests().stream()
                .filter(InformationRequest::isOpen)
                .findFirst()
                .or(() -> c.requests().stream().findFirst())
                .map(InformationRequest::id)
                .orElse(1L);
    }

    private static void giveId(InformationRequest request, long id) {
        try {
            Field field = InformationRequest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(request, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("InformationRequest has an id field", e);
        }
    }

    // ---------------------------------------------------------------- states, through the verbs

    private static State state(String name, Supplier<Complaint> complaint, ComplaintAct... acts) {
        Set<ComplaintAct> expected = EnumSet.copyOf(ALWAYS);
        expected.addAll(List.of(acts));
        return new State(name, complaint, expected);
    }

    private static ComplaintAct[] whileInstructing() {
        return new ComplaintAct[] {
            ComplaintAct.ASSIGN, ComplaintAct.SEND_REQUEST, ComplaintAct.INFORM_COMPLAINANT, ComplaintAct.CLOSE
        };
    }

    private static Complaint acknowledged() {
        Complaint c = Fixtures.received();
        c.acknowledge(null, handler());
        return c;
    }

    private static Complaint ledElsewhere() {
        Complaint c = acknowledged();
        c.qualify(new Qualification(true, true, true, "IE"), "Établissement principal en Irlande", handler());
        return c;
    }

    private static Complaint instructing() {
        Complaint c = Fixtures.assigned();
        c.startInstruction(handler());
        return c;
    }

    private static Complaint awaitingAnswer() {
        Complaint c = Fixtures.assigned();
        c.sendRequest("Merci de justifier la durée de conservation.", null, handler());
        return c;
    }

    private static Complaint answered() {
        Complaint c = awaitingAnswer();
        c.recordAnswer(requestToAnswer(c), Fixtures.TODAY, "Durée justifiée", handler());
        return c;
    }

    private static Complaint closedOnTheMerits() {
        Complaint c = Fixtures.assigned();
        c.close(Outcome.NO_BREACH, "Conforme", null, handler());
        return c;
    }

    private static Complaint closedInadmissible() {
        Complaint c = Fixtures.qualified(false);
        c.close(Outcome.INADMISSIBLE, "Hors du champ du RGPD", null, handler());
        return c;
    }

    private static Complaint reopened(Complaint closed) {
        closed.reopen("Nouveaux éléments", Fixtures.stamp("admin"));
        return closed;
    }
}
