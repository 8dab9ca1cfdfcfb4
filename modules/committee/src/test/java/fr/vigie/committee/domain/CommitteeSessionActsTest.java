package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The session's acts are its verbs' guards: in each state, every act it lists is accepted by its
 * verb, and every other act is refused by it. Each act is tried on a fresh session in that state.
 */
class CommitteeSessionActsTest {
    private static final LocalDate TODAY = Fixtures.TODAY;

    /** A session in some state, the dossier on its agenda, and the day the acts are tried on. */
    private record State(CommitteeSession session, Review onAgenda, LocalDate today) {}

    private static Stamp on(LocalDate day) {
        return new Stamp("dacsecretary", Instant.parse("2026-11-20T09:00:00Z"), day);
    }

    private static State planned(LocalDate date) {
        CommitteeSession s = new CommitteeSession("SC-2026-0001", date, "Séance plénière", on(TODAY));
        Fixtures.setId(s, 1L);
        Review r = Fixtures.review(11, "Institut A", null);
        s.arrangeAgenda(List.of(r), Map.of(11L, r), null);
        return new State(s, r, TODAY);
    }

    private static State convened(LocalDate date) {
        State state = planned(date);
        state.session().convene(on(TODAY));
        return state;
    }

    private static State inProgress() {
        State state = convened(TODAY);
        state.session().open(Set.of(Fixtures.member("m1"), Fixtures.member("m2")), on(TODAY));
        return state;
    }

    private static State closed() {
        State state = inProgress();
        state.session().close(List.of(), UUID.randomUUID(), on(TODAY));
        return state;
    }

    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of(
                        "planned",
                        (Supplier<State>) () -> planned(TODAY.plusDays(7)),
                        EnumSet.of(
                                SessionAct.SET_AGENDA, SessionAct.RESCHEDULE, SessionAct.CONVENE, SessionAct.POSTPONE)),
                Arguments.of(
                        "convened, before its day",
                        (Supplier<State>) () -> convened(TODAY.plusDays(7)),
                        EnumSet.of(
                                SessionAct.SET_AGENDA, SessionAct.RESCHEDULE, SessionAct.CONVENE, SessionAct.POSTPONE)),
                Arguments.of(
                        "convened, on its day",
                        (Supplier<State>) () -> convened(TODAY),
                        EnumSet.of(
                                SessionAct.SET_AGENDA,
                                SessionAct.RESCHEDULE,
                                SessionAct.CONVENE,
                                SessionAct.OPEN,
                                SessionAct.POSTPONE)),
                Arguments.of(
                        "in progress",
                        (Supplier<State>) CommitteeSessionActsTest::inProgress,
                        EnumSet.of(SessionAct.OPEN, SessionAct.POSTPONE, SessionAct.CLOSE)),
                Arguments.of(
                        "closed",
                        (Supplier<State>) CommitteeSessionActsTest::closed,
                        EnumSet.noneOf(SessionAct.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void eachListedActIsAcceptedAndEveryOtherRefused(String name, Supplier<State> state, Set<SessionAct> expected) {
        State probe = state.get();
        assertEquals(expected, probe.session().availableActs(probe.today()), name);
        for (SessionAct act : SessionAct.values()) {
            State fresh = state.get();
            if (expected.contains(act)) {
                assertDoesNotThrow(() -> perform(act, fresh), name + ": " + act + " is listed, its verb accepts it");
            } else {
                assertThrows(
                        CommitteeException.class,
                        () -> perform(act, fresh),
                        name + ": " + act + " is not listed, its verb refuses it");
            }
        }
    }

    @Test
    void anEmptyAgendaIsNotConvened() {
        CommitteeSession s = Fixtures.session(1);
        assertFalse(s.availableActs(TODAY).contains(SessionAct.CONVENE));
        CommitteeException e = assertThrows(CommitteeException.class, () -> s.convene(on(TODAY)));
        assertEquals("agenda", e.field(), "the same refusal as before, on the agenda field");
        assertEquals("session.agenda.empty", e.key());
    }

    @Test
    void theRefusalsKeepTheirKeys() {
        CommitteeSession early = convened(TODAY.plusDays(7)).session();
        assertEquals(
                "session.notYet",
                assertThrows(CommitteeException.class, () -> early.open(Set.of(Fixtures.member("m1")), on(TODAY)))
                        .key());
        CommitteeSession done = closed().session();
        assertEquals(
                "session.transition",
                assertThrows(CommitteeException.class, () -> done.convene(on(TODAY)))
                        .key());
        assertEquals(
                "session.agenda.frozen",
                assertThrows(
                                CommitteeException.class,
                                () -> done.reschedule(TODAY, null, Reason.of("motif"), on(TODAY)))
                        .key());
        assertEquals(
                "session.closed",
                assertThrows(
                                CommitteeException.class,
                                () -> done.postpone(Fixtures.review(12, "B", null), Reason.of("motif")))
                        .key());
    }

    /** The act's verb with valid inputs: only the act's guard may refuse it. */
    private static void perform(SessionAct act, State state) {
        CommitteeSession s = state.session();
        Stamp stamp = on(state.today());
        switch (act) {
            case SET_AGENDA -> {
                Review other = Fixtures.review(12, "Institut B", null);
                s.arrangeAgenda(List.of(other, state.onAgenda()), Map.of(11L, state.onAgenda(), 12L, other), null);
            }
            case RESCHEDULE -> s.reschedule(TODAY.plusDays(14), "Séance reportée", Reason.of("motif"), stamp);
            case CONVENE -> s.convene(stamp);
            case OPEN -> s.open(Set.of(Fixtures.member("m1")), stamp);
            case POSTPONE -> s.postpone(state.onAgenda(), Reason.of("motif"));
            case CLOSE -> s.close(List.of(), UUID.randomUUID(), stamp);
        }
    }
}
