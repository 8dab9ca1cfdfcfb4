package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.OpinionKind;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each verb of {@link Review} records the one event the audit trail is written from. */
class ReviewEventsTest {
    private static final SessionRef SC = new SessionRef("SC-2026-0001");
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final VotingRules RULES = new VotingRules(3, 0, MajorityRule.SIMPLE);
    private static final CaseRef DOSSIER = new CaseRef("dossiers", "DA-2026-000001");

    private CommitteeSession sitting;

    private Review onAgenda() {
        Review r = Fixtures.onAgenda(1);
        sitting = Fixtures.sittingWith(r, "m1", "m2", "m3", "m4", "chair");
        r.events().drain();
        return r;
    }

    private static Tally tally(Review r, String... eligible) {
        return Tally.of(
                Set.of(eligible),
                5,
                r.currentVotes().stream().map(Vote::ballot).toList(),
                RULES,
                r.opinion().castingVote());
    }

    /** The one event recorded since the last drain. */
    private static <E extends ReviewEvent> E only(Review r, Class<E> type) {
        List<ReviewEvent> events = r.events().drain();
        assertEquals(1, events.size(), events.toString());
        return assertInstanceOf(type, events.get(0));
    }

    @Test
    void aReferralAndItsRefreshAreRecorded() {
        Review r = Fixtures.review(1, "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        assertEquals(
                new ReviewEvent.Referred(
                        DOSSIER, ReviewStage.AWAITING_SESSION, Fixtures.TODAY.plusDays(20), "Institut Pasteur"),
                only(r, ReviewEvent.Referred.class));
        var later = Fixtures.dossier("DA-2026-000001", "Institut Pasteur", Fixtures.SIREN_PASTEUR);
        later = new fr.vigie.committee.api.DossierForReview(
                later.dossier(),
                later.title(),
                later.procedure(),
                later.purpose(),
                later.applicantOrganisation(),
                later.applicantSiren(),
                later.principalInvestigator(),
                Fixtures.TODAY.plusDays(30),
                later.instructor(),
                later.documents());
        r.refresh(later);
        assertEquals(
                new ReviewEvent.ReferralRefreshed(DOSSIER, Fixtures.TODAY.plusDays(20), Fixtures.TODAY.plusDays(30)),
                only(r, ReviewEvent.ReferralRefreshed.class));
        assertEquals(Fixtures.TODAY.plusDays(30), r.snapshot().opinionDueDate());
    }

    @Test
    void theRapporteurAndTheDraftAreRecorded() {
        Review r = onAgenda();
        r.assignRapporteur(Fixtures.member("m1"), Reason.of("Compétence en épidémiologie"));
        assertEquals(
                new ReviewEvent.RapporteurAssigned(DOSSIER, null, "m1", "Compétence en épidémiologie"),
                only(r, ReviewEvent.RapporteurAssigned.class));
        r.draftOpinion("m1", OpinionKind.FAVOURABLE, "Projet");
        assertEquals(
                new ReviewEvent.OpinionDrafted(DOSSIER, null, OpinionKind.FAVOURABLE),
                only(r, ReviewEvent.OpinionDrafted.class));
    }

    @Test
    void aRecusedRapporteurLosesTheDossierAndTheEventKeepsTheWholeDeclaration() {
        Review r = onAgenda();
        r.assignRapporteur(Fixtures.member("m1"), Reason.of("motif"));
        r.draftOpinion("m1", OpinionKind.FAVOURABLE, "Projet");
        r.events().drain();
        String declaration = "Consultant — " + "x".repeat(700);
        r.recuse("m1", declaration, AT);
        assertEquals(
                new ReviewEvent.MemberRecused(DOSSIER, "m1", declaration, "m1", null),
                only(r, ReviewEvent.MemberRecused.class));
        assertEquals(Review.MAX_INTEREST, r.recusals().get(0).interest().length());
        assertNull(r.opinion().draftKind(), "the draft goes with its rapporteur");
        r.recuse("m1", declaration, AT);
        assertTrue(r.events().pending().isEmpty(), "a recusal already recorded records nothing");
    }

    @Test
    void aFirstVoteAndItsChangeAreRecorded() {
        Review r = onAgenda();
        Vote vote = r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        ReviewEvent.VoteRecorded first = only(r, ReviewEvent.VoteRecorded.class);
        assertEquals(new ReviewEvent.VoteRecorded(DOSSIER, "m1", null, VoteChoice.FAVOURABLE, null, SC), first);
        assertTrue(first.firstVote());
        r.vote(sitting, "m1", VoteChoice.UNFAVOURABLE, "Finalité floue", vote.version(), AT);
        ReviewEvent.VoteRecorded change = only(r, ReviewEvent.VoteRecorded.class);
        assertEquals(VoteChoice.FAVOURABLE, change.before());
        assertEquals(VoteChoice.UNFAVOURABLE, change.after());
        assertEquals("Finalité floue", change.remarks());
    }

    @Test
    void theCastingVoteAndTheAdoptionAreRecorded() {
        Review r = onAgenda();
        r.vote(sitting, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m2", VoteChoice.UNFAVOURABLE, "Risque", null, AT);
        r.vote(sitting, "m3", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(sitting, "m4", VoteChoice.UNFAVOURABLE, "Base légale", null, AT);
        r.events().drain();
        r.castDecidingVote(
                sitting, "chair", OpinionKind.FAVOURABLE, tally(r, "m1", "m2", "m3", "m4"), Reason.of("Égalité"));
        assertEquals(
                new ReviewEvent.CastingVoteGiven(DOSSIER, "chair", OpinionKind.FAVOURABLE, "Égalité"),
                only(r, ReviewEvent.CastingVoteGiven.class));
        Tally tally = tally(r, "m1", "m2", "m3", "m4");
        r.adopt(sitting, tally, "Motivation", null, Fixtures.stamp("dacsecretary"));
        assertEquals(
                new ReviewEvent.OpinionAdopted(
                        DOSSIER,
                        ReviewStage.ON_AGENDA,
                        ReviewStage.OPINION_ADOPTED,
                        OpinionKind.FAVOURABLE,
                        tally,
                        OpinionKind.FAVOURABLE,
                        SC),
                only(r, ReviewEvent.OpinionAdopted.class));
    }

    @Test
    void aWithdrawalIsRecordedWithItsReason() {
        Review r = Fixtures.review(1, "Institut Pasteur", null);
        r.events().drain();
        r.withdraw(Reason.of("Avis tacite favorable"), Fixtures.stamp("system"));
        assertEquals(
                new ReviewEvent.Withdrawn(
                        DOSSIER, ReviewStage.AWAITING_SESSION, ReviewStage.WITHDRAWN, "Avis tacite favorable"),
                only(r, ReviewEvent.Withdrawn.class));
    }

    @Test
    void aRefusedVerbRecordsNothing() {
        Review r = Fixtures.review(1, "Institut Pasteur", null);
        r.events().drain();
        try {
            r.draftOpinion("m1", OpinionKind.FAVOURABLE, "Projet");
        } catch (CommitteeException expected) {
            // not the rapporteur
        }
        assertTrue(r.events().pending().isEmpty());
    }
}
