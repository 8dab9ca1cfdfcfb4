package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeMember;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.MemberRepository;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.Tally;
import fr.vigie.committee.domain.Vote;
import fr.vigie.committee.domain.VotingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Counts the votes on a dossier at its session: who may vote (present, on the roster, not recused) and the rules in force. */
@ApplicationScoped
public class Tallies {
    @Inject
    MemberRepository members;

    @Inject
    VotingConfiguration voting;

    public Tally of(Review review, CommitteeSession session) {
        return count(review, session, members.active(), voting.rules());
    }

    /**
     * The count from the roster of active members: eligible are those present at the session and
     * not recused on the review, the one recusal source the vote itself reads ({@link Review#isRecused}).
     */
    static Tally count(Review review, CommitteeSession session, List<CommitteeMember> roster, VotingRules rules) {
        Set<String> eligible = roster.stream()
                .map(CommitteeMember::username)
                .filter(session::isPresent)
                .filter(u -> !review.isRecused(u))
                .collect(Collectors.toSet());
        return Tally.of(
                eligible,
                roster.size(),
                review.currentVotes().stream().map(Vote::ballot).toList(),
                rules,
                review.opinion().castingVote());
    }
}
