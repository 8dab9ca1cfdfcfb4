package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.OpinionKind;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.Reason;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final VotingRules RULES = new VotingRules(3, 0, MajorityRule.SIMPLE);

    private static Tally tally(Review r, String... eligible) {
        return Tally.of(
                Set.of(eligible),
                5,
                r.currentVotes().stream().map(Vote::ballot).toList(),
                RULES,
                r.opinion().castingVote());
    }

    /** The session in progress whose agenda holds the review of {@link #onAgenda()}. */
    private CommitteeSession sitting;

    /** A review on the agenda of a session in progress, m1 to m4 and the chair present. */
    private Review onAgenda() {
        Review r = Fixtures.onAgenda(1);
        sitting = Fixtures.sittingWith(r, "m1", "m2", "m3", "m4", "chair");
        return r;
    }

    private Review decidedFavourably() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m2", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m3", VoteChoice.UNFAVOURABLE, "Finalité insuffisamment précisée", null, AT);
        return r;
    }

    @Test
    void aReferredDossierWaitsForASession() {
        Review r = Fixtures.review(1, "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        assertEquals(ReviewStage.AWAITING_SESSION, r.stage());
        assertEquals("DA-2026-000001", r.reference());
    }

    @Test
    void anAdoptedOpinionFollowsTheVotesAndTheDraft() {
        Review r = decidedFavourably();
        CommitteeMember rapporteur = Fixtures.member("m1");
        r.assignRapporteur(rapporteur, Reason.of("motif"));
        r.draftOpinion("m1", OpinionKind.FAVOURABLE, "Projet d’intérêt public, données minimisées.");
        OpinionKind kind = r.adopt(sitting, tally(r, "m1", "m2", "m3"), null, null, Fixtures.stamp("dacsecretary"));
        assertEquals(OpinionKind.FAVOURABLE, kind);
        assertEquals("Projet d’intérêt public, données minimisées.", r.opinion().reasoning());
        assertEquals(ReviewStage.OPINION_ADOPTED, r.stage());
        assertEquals(sitting.date(), r.opinion().adoptedOn(), "adopted on the day of its session");
    }

    @Test
    void aVoteAfterAdoptionIsRefused() {
        Review r = decidedFavourably();
        r.adopt(sitting, tally(r, "m1", "m2", "m3"), "Motivation", null, Fixtures.stamp("dacsecretary"));
        CommitteeException e = assertThrows(
                CommitteeException.class, () -> r.vote(sitting, "m4", VoteChoice.UNFAVOURABLE, "Trop tard", null, AT));
        assertEquals("vote.closed", e.key());
        assertThrows(
                CommitteeException.class,
                () -> r.adopt(sitting, tally(r, "m1", "m2", "m3"), "Encore", null, Fixtures.stamp("dacsecretary")));
    }

    @Test
    void aRecusedMemberCannotVote() {
        Review r = onAgenda();
        assertTrue(r.recuse("m2", "Institut Pasteur (SIREN 775685019)", AT));
        assertFalse(r.recuse("m2", "again", AT), "recorded once");
        CommitteeException e = assertThrows(
                CommitteeException.class, () -> r.vote(sitting, "m2", VoteChoice.FAVOURABLE, null, null, AT));
        assertEquals("vote.recusedForbidden", e.key());
        assertTrue(e.key().endsWith("Forbidden"), "answered 403 by the API");
        assertEquals(1, r.recusals().size());
    }

    @Test
    void reservationsAndReasonsAreRequiredOnTheirField() {
        Review r = onAgenda();
        CommitteeException reservations = assertThrows(
                CommitteeException.class,
                () -> r.vote(sitting, "m1", VoteChoice.FAVOURABLE_WITH_RESERVATIONS, " ", null, AT));
        assertEquals("remarks", reservations.field());
        CommitteeException reasons = assertThrows(
                CommitteeException.class, () -> r.vote(sitting, "m1", VoteChoice.UNFAVOURABLE, null, null, AT));
        assertEquals("vote.reasons.required", reasons.key());
        assertTrue(r.votes().isEmpty());
    }

    @Test
    void changingAVoteNamesTheVersionSeen() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        assertThrows(
                ConflictException.class,
                () -> r.vote(sitting, "m1", VoteChoice.ABSTENTION, null, null, AT),
                "a second 'first vote' (another tab) is a conflict");
        r.vote(sitting, "m1", VoteChoice.ABSTENTION, null, 0L, AT);
        assertEquals(VoteChoice.ABSTENTION, r.voteOf("m1").orElseThrow().choice());
        assertEquals(1, r.currentVotes().size());
    }

    @Test
    void aTieIsSettledByTheCastingVoteOnly() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m2", VoteChoice.UNFAVOURABLE, "Risque de réidentification", null, AT);
        r.vote(sitting, "m3", VoteChoice.FAVOURABLE_WITH_RESERVATIONS, "Durée de conservation à réduire", null, AT);
        r.vote(sitting, "chair", VoteChoice.UNFAVOURABLE, "Base légale fragile", null, AT);
        CommitteeException tie = assertThrows(
                CommitteeException.class,
                () -> r.adopt(
                        sitting,
                        tally(r, "m1", "m2", "m3", "chair"),
                        "Motivation",
                        null,
                        Fixtures.stamp("dacsecretary")));
        assertEquals("tally.tieNeedsCastingVote", tie.key());
        r.castDecidingVote(
                sitting,
                "chair",
                OpinionKind.FAVOURABLE_WITH_RESERVATIONS,
                tally(r, "m1", "m2", "m3", "chair"),
                Reason.of("motif"));
        assertEquals("Durée de conservation à réduire", r.gatheredReservations());
        OpinionKind kind = r.adopt(
                sitting,
                tally(r, "m1", "m2", "m3", "chair"),
                "Motivation",
                r.gatheredReservations(),
                Fixtures.stamp("dacsecretary"));
        assertEquals(OpinionKind.FAVOURABLE_WITH_RESERVATIONS, kind);
        assertEquals("Durée de conservation à réduire", r.opinion().reservations());
    }

    @Test
    void aRecusedChairCannotCastTheDecidingVote() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m2", VoteChoice.UNFAVOURABLE, "Risque de réidentification", null, AT);
        r.vote(sitting, "m3", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m4", VoteChoice.UNFAVOURABLE, "Base légale fragile", null, AT);
        r.recuse("chair", "Institut Pasteur (SIREN 775685019)", AT);
        CommitteeException e = assertThrows(
                CommitteeException.class,
                () -> r.castDecidingVote(
                        sitting,
                        "chair",
                        OpinionKind.FAVOURABLE,
                        tally(r, "m1", "m2", "m3", "m4"),
                        Reason.of("motif")));
        assertEquals("vote.recusedForbidden", e.key());
        assertNull(r.opinion().castingVote());
    }

    @Test
    void noCastingVoteWithoutATie() {
        Review r = decidedFavourably();
        CommitteeException e = assertThrows(
                CommitteeException.class,
                () -> r.castDecidingVote(
                        sitting, "chair", OpinionKind.UNFAVOURABLE, tally(r, "m1", "m2", "m3"), Reason.of("motif")));
        assertEquals("castingVote.noTie", e.key());
        assertNull(r.opinion().castingVote());
    }

    @Test
    void aRecusedMemberCannotBeRapporteurAndALateDeclarationRemovesTheRapporteur() {
        Review r = Fixtures.review(1, "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        CommitteeMember m = Fixtures.member("m1");
        r.assignRapporteur(m, Reason.of("motif"));
        r.draftOpinion("m1", OpinionKind.FAVOURABLE, "Projet");
        r.recuse("m1", "Institut Pasteur", AT);
        assertNull(r.rapporteur());
        assertNull(r.opinion().draftReasoning());
        CommitteeException e = assertThrows(CommitteeException.class, () -> r.assignRapporteur(m, Reason.of("motif")));
        assertEquals("rapporteur", e.field());
    }

    @Test
    void onlyTheRapporteurDrafts() {
        Review r = Fixtures.review(1, "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        r.assignRapporteur(Fixtures.member("m1"), Reason.of("motif"));
        CommitteeException e =
                assertThrows(CommitteeException.class, () -> r.draftOpinion("m2", OpinionKind.FAVOURABLE, "Projet"));
        assertTrue(e.key().endsWith("Forbidden"));
    }

    @Test
    void withReservationsTheOpinionStatesThem() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE_WITH_RESERVATIONS, "Réserve A", null, AT);
        r.vote(sitting, "m2", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m3", VoteChoice.ABSTENTION, null, null, AT);
        CommitteeException e = assertThrows(
                CommitteeException.class,
                () -> r.adopt(sitting, tally(r, "m1", "m2", "m3"), "Motivation", " ", Fixtures.stamp("dacsecretary")));
        assertEquals("reservations", e.field());
    }

    @Test
    void noReasoningNoOpinion() {
        Review r = decidedFavourably();
        CommitteeException e = assertThrows(
                CommitteeException.class,
                () -> r.adopt(sitting, tally(r, "m1", "m2", "m3"), null, null, Fixtures.stamp("dacsecretary")));
        assertEquals("reasoning", e.field());
    }

    @Test
    void aWithdrawnReviewAcceptsNothingMore() {
        Review r = Fixtures.review(1, "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        r.withdraw(Reason.of("Avis tacite favorable"), Fixtures.stamp("system"));
        assertEquals(ReviewStage.WITHDRAWN, r.stage());
        assertThrows(CommitteeException.class, () -> r.refresh(Fixtures.dossier("DA-2026-000001", "X", null)));
        assertThrows(CommitteeException.class, () -> r.withdraw(Reason.of("encore"), Fixtures.stamp("system")));
    }

    @Test
    void votesOfAnEarlierSessionDoNotCount() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.takeOffAgenda();
        r.placeOn(2L);
        assertTrue(r.currentVotes().isEmpty());
        assertTrue(r.voteOf("m1").isEmpty());
    }
}
