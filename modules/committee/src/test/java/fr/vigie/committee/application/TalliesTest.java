package fr.vigie.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.api.OpinionKind;
import fr.vigie.committee.domain.CommitteeException;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MajorityRule;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.VoteChoice;
import fr.vigie.committee.domain.VotingRules;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamp;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The count reads the same recusals as the vote: a member recused on the review is neither an
 * eligible voter nor awaited, and a vote they cast before the recusal was recorded does not count.
 */
class TalliesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final VotingRules RULES = new VotingRules(3, 0, MajorityRule.SIMPLE);

    private static Stamp stamp(String actor, LocalDate day) {
        return new Stamp(actor, Instant.parse("2026-11-20T09:00:00Z"), day);
    }

    private static CommitteeMember member(String username) {
        return new CommitteeMember(username, "Membre " + username, MemberFunction.MEMBER);
    }

    private static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMemberRecusedOnTheReviewIsNeitherEligibleNorAwaitedAndTheirEarlierVoteIsNotCounted() {
        Review review = new Review(
                new DossierForReview(
                        new CaseRef("dossiers", "DA-2026-000011"),
                        "Cohorte diabète et alimentation",
                        "NATIONAL",
                        "Art. 53(1)(e) recherche scientifique",
                        "Institut Pasteur",
                        "775685019",
                        "Dr Jeanne Martin",
                        TODAY.plusDays(20),
                        "instructor",
                        List.of()),
                stamp("instructor", TODAY));
        setId(review, 11);
        CommitteeSession session =
                new CommitteeSession("SC-2026-0001", TODAY.plusDays(7), "Séance plénière", stamp("sec", TODAY));
        setId(session, 1);
        session.arrangeAgenda(List.of(review), Map.of(11L, review), null);
        session.convene(stamp("sec", TODAY));
        List<CommitteeMember> roster =
                List.of(member("m1"), member("m2"), member("m3"), member("m4"), member("m5"), member("absent"));
        session.open(
                Set.of(roster.get(0), roster.get(1), roster.get(2), roster.get(3), roster.get(4)),
                stamp("sec", session.date()));

        review.vote(session, "m1", VoteChoice.FAVOURABLE, null, null, AT);
        review.vote(session, "m2", VoteChoice.FAVOURABLE, null, null, AT);
        review.vote(session, "m3", VoteChoice.UNFAVOURABLE, "Finalité insuffisamment précisée", null, AT);
        // m4 voted before the interest was known; m5's interest was known before the session
        review.vote(session, "m4", VoteChoice.UNFAVOURABLE, "Base légale fragile", null, AT);
        assertTrue(review.recuse("m4", "Institut Pasteur (SIREN 775685019) — conseil scientifique", AT));
        assertTrue(review.recuse("m5", "Institut Pasteur (SIREN 775685019) — financement", AT));

        Tally tally = Tallies.count(review, session, roster, RULES);

        assertEquals(Set.of("m1", "m2", "m3"), tally.eligible(), "present, on the roster and not recused");
        assertTrue(tally.complete(), "a recused member is not awaited: " + tally.missing());
        assertEquals(1, tally.unfavourable(), "the recused member's vote is not counted");
        assertFalse(tally.tie());
        assertEquals(OpinionKind.FAVOURABLE, tally.decidedOpinion());
        // and the review, the same source, refuses their vote
        CommitteeException refused = assertThrows(
                CommitteeException.class, () -> review.vote(session, "m5", VoteChoice.FAVOURABLE, null, null, AT));
        assertEquals("vote.recusedForbidden", refused.key());
    }
}
