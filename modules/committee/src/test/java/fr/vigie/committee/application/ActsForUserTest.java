package fr.vigie.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MajorityRule;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.VoteChoice;
import fr.vigie.committee.domain.VotingRules;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.security.CurrentUser;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Of the acts the aggregates allow, each person gets those their role and their place allow. */
class ActsForUserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    private final Review review = review();
    private final CommitteeSession session = session(review);

    private static Stamp stamp(String actor) {
        return new Stamp(actor, Instant.parse("2026-11-20T09:00:00Z"), TODAY);
    }

    private static CommitteeMember member(String username) {
        return new CommitteeMember(username, "Membre " + username, MemberFunction.MEMBER);
    }

    private static Review review() {
        Review r = new Review(
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
                stamp("instructor"));
        setId(r, 11);
        r.assignRapporteur(member("rapp"), Reason.of("motif"));
        return r;
    }

    /** In session, a complete tie: every act of the review is allowed. */
    private static CommitteeSession session(Review r) {
        CommitteeSession s = new CommitteeSession("SC-2026-0001", TODAY, "Séance plénière", stamp("sec"));
        setId(s, 1);
        s.arrangeAgenda(List.of(r), Map.of(11L, r), null);
        s.convene(stamp("sec"));
        s.open(Set.of(member("rapp"), member("m2"), member("m3"), member("chair")), stamp("sec"));
        r.vote(s, "rapp", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(s, "m2", VoteChoice.UNFAVOURABLE, "Risque de réidentification", null, AT);
        r.vote(s, "m3", VoteChoice.FAVOURABLE, null, null, AT);
        r.vote(s, "chair", VoteChoice.UNFAVOURABLE, "Base légale fragile", null, AT);
        return s;
    }

    private Tally tally() {
        return Tally.of(
                session.attendees(),
                5,
                review.currentVotes().stream().map(v -> v.ballot()).toList(),
                new VotingRules(3, 0, MajorityRule.SIMPLE),
                review.opinion().castingVote());
    }

    private Set<String> onReview(String username, Role role) {
        return ActsForUser.onReview(review, session, tally(), TODAY, user(username, role));
    }

    @Test
    void eachPersonGetsTheActsOfTheirRoleAndPlace() {
        assertEquals(Set.of("ASSIGN_RAPPORTEUR", "ADOPT_OPINION", "POSTPONE"), onReview("sec", Role.DAC_SECRETARY));
        assertEquals(Set.of("VOTE", "CAST_DECIDING_VOTE", "ADOPT_OPINION"), onReview("chair", Role.DAC_CHAIR));
        assertEquals(Set.of("VOTE"), onReview("m2", Role.DAC_MEMBER));
        assertEquals(Set.of("VOTE", "DRAFT_OPINION"), onReview("rapp", Role.DAC_MEMBER), "only the rapporteur drafts");
        review.recuse("m2", "Institut Pasteur", AT);
        assertEquals(Set.of(), onReview("m2", Role.DAC_MEMBER), "a recused member does not vote");
    }

    @Test
    void theSessionsActsAreTheSecretarys() {
        assertEquals(
                Set.of("OPEN", "POSTPONE", "CLOSE"),
                ActsForUser.onSession(session, TODAY, user("sec", Role.DAC_SECRETARY)));
        assertEquals(Set.of(), ActsForUser.onSession(session, TODAY, user("chair", Role.DAC_CHAIR)));
    }

    private static CurrentUser user(String username, Role role) {
        return new CurrentUser() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public String displayName() {
                return username;
            }

            @Override
            public Set<Role> roles() {
                return Set.of(role);
            }

            @Override
            public boolean hasRole(Role held) {
                return held == role;
            }

            @Override
            public boolean isAuthenticated() {
                return true;
            }
        };
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
}
