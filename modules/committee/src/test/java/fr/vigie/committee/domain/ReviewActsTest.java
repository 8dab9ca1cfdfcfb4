package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.committee.api.OpinionKind;
import fr.vigie.platform.api.Reason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The review's acts are its verbs' guards: in each state, every act it lists is accepted by its
 * verb, and every other act is refused by it. Each act is tried on a fresh review in that state.
 * Whether the count decides an opinion is the adoption's own check (its refusals are in
 * {@link ReviewTest}): the states in session here hold a count that decides.
 */
class ReviewActsTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final VotingRules RULES = new VotingRules(3, 0, MajorityRule.SIMPLE);
    private static final String RAPPORTEUR = "m1";

    /** A review in some state and the session whose agenda it is on (null when on none). */
    private record State(Review review, CommitteeSession sitting) {
        Tally tally() {
            if (sitting == null) {
                return null;
            }
            Set<String> eligible = sitting.attendees().stream()
                    .filter(u -> !review.isRecused(u))
                    .collect(Collectors.toSet());
            return Tally.of(
                    eligible,
                    5,
                    review.currentVotes().stream().map(Vote::ballot).toList(),
                    RULES,
                    review.opinion().castingVote());
        }
    }

    private static Review referred() {
        Review r = Fixtures.review(1, "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        r.assignRapporteur(Fixtures.member(RAPPORTEUR), Reason.of("motif"));
        return r;
    }

    private static State awaiting() {
        return new State(referred(), null);
    }

    private static State convened() {
        Review r = referred();
        CommitteeSession s = Fixtures.session(1);
        s.arrangeAgenda(List.of(r), java.util.Map.of(1L, r), null);
        s.convene(Fixtures.stamp("dacsecretary"));
        return new State(r, s);
    }

    /** In session: two favourable votes, one unfavourable, the chair abstains — the votes decide. */
    private static State votesDecide() {
        Review r = referred();
        CommitteeSession s = Fixtures.sittingWith(r, "m1", "m2", "m3", "chair");
        r.vote(s, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(s, "m2", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(s, "m3", VoteChoice.UNFAVOURABLE, "Finalité insuffisamment précisée", null, AT);
        r.vote(s, "chair", VoteChoice.ABSTENTION, null, null, AT);
        return new State(r, s);
    }

    /** In session: a tie, settled by the chair's casting vote. */
    private static State tieSettled() {
        Review r = referred();
        CommitteeSession s = Fixtures.sittingWith(r, "m1", "m2", "m3", "chair");
        r.vote(s, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(s, "m2", VoteChoice.UNFAVOURABLE, "Risque de réidentification", null, AT);
        r.vote(s, "m3", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(s, "chair", VoteChoice.UNFAVOURABLE, "Base légale fragile", null, AT);
        State state = new State(r, s);
        r.castDecidingVote(s, "chair", OpinionKind.FAVOURABLE, state.tally(), Reason.of("motif"));
        return state;
    }

    private static State adopted() {
        State state = votesDecide();
        state.review().adopt(state.sitting(), state.tally(), "Motivation", null, Fixtures.stamp("dacsecretary"));
        return state;
    }

    private static State withdrawn() {
        Review r = referred();
        r.withdraw(Reason.of("Avis tacite favorable"), Fixtures.stamp("system"));
        return new State(r, null);
    }

    static Stream<Arguments> states() {
        Set<ReviewAct> open = EnumSet.of(ReviewAct.ASSIGN_RAPPORTEUR, ReviewAct.DRAFT_OPINION);
        return Stream.of(
                Arguments.of("awaiting a session", (Supplier<State>) ReviewActsTest::awaiting, open),
                Arguments.of("on the agenda of a convened session", (Supplier<State>) ReviewActsTest::convened, open),
                Arguments.of(
                        "in session, the votes decide",
                        (Supplier<State>) ReviewActsTest::votesDecide,
                        EnumSet.of(
                                ReviewAct.ASSIGN_RAPPORTEUR,
                                ReviewAct.DRAFT_OPINION,
                                ReviewAct.VOTE,
                                ReviewAct.ADOPT_OPINION)),
                Arguments.of(
                        "in session, a tie settled",
                        (Supplier<State>) ReviewActsTest::tieSettled,
                        EnumSet.allOf(ReviewAct.class)),
                Arguments.of(
                        "opinion adopted", (Supplier<State>) ReviewActsTest::adopted, EnumSet.noneOf(ReviewAct.class)),
                Arguments.of(
                        "withdrawn", (Supplier<State>) ReviewActsTest::withdrawn, EnumSet.noneOf(ReviewAct.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void eachListedActIsAcceptedAndEveryOtherRefused(String name, Supplier<State> state, Set<ReviewAct> expected) {
        State probe = state.get();
        assertEquals(expected, probe.review().availableActs(probe.sitting(), probe.tally()), name);
        for (ReviewAct act : ReviewAct.values()) {
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
    void theRefusalsKeepTheirKeys() {
        State waiting = awaiting();
        assertEquals(
                "review.notOnAgenda",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.VOTE, waiting))
                        .key());
        State beforeOpening = convened();
        assertEquals(
                "vote.sessionNotInProgress",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.VOTE, beforeOpening))
                        .key());
        assertEquals(
                "vote.sessionNotInProgress",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.ADOPT_OPINION, beforeOpening))
                        .key());
        State decided = votesDecide();
        assertEquals(
                "castingVote.noTie",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.CAST_DECIDING_VOTE, decided))
                        .key());
        State done = adopted();
        assertEquals(
                "vote.closed",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.VOTE, done))
                        .key());
        assertEquals(
                "review.notOnAgenda",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.ADOPT_OPINION, done))
                        .key());
        assertEquals(
                "review.closed",
                assertThrows(CommitteeException.class, () -> perform(ReviewAct.ASSIGN_RAPPORTEUR, done))
                        .key());
    }

    @Test
    void anAbsentMemberIsRefusedAsBefore() {
        State state = votesDecide();
        CommitteeException e = assertThrows(CommitteeException.class, () -> state.review()
                .vote(state.sitting(), "m4", VoteChoice.FAVOURABLE, null, null, AT));
        assertEquals("vote.notPresent", e.key());
    }

    /** The act's verb with valid inputs: only the act's guard may refuse it. */
    private static void perform(ReviewAct act, State state) {
        Review r = state.review();
        CommitteeSession s = state.sitting();
        switch (act) {
            case ASSIGN_RAPPORTEUR -> r.assignRapporteur(Fixtures.member("m9"), Reason.of("motif"));
            case DRAFT_OPINION -> r.draftOpinion(RAPPORTEUR, OpinionKind.FAVOURABLE, "Projet d’avis");
            case VOTE ->
                r.vote(
                        s,
                        "m2",
                        VoteChoice.ABSTENTION,
                        null,
                        r.voteOf("m2").map(Vote::version).orElse(null),
                        AT);
            case CAST_DECIDING_VOTE ->
                r.castDecidingVote(s, "chair", OpinionKind.UNFAVOURABLE, state.tally(), Reason.of("motif"));
            case ADOPT_OPINION -> r.adopt(s, state.tally(), "Motivation", null, Fixtures.stamp("dacsecretary"));
        }
    }
}
