package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * Who chairs the deliberation and the quorum it opened with; the members present and their votes
 * are kept by the case (collections). Decides whether the votes adopt the proposal and whether
 * the decision may be recorded.
 */
@Embeddable
public class Deliberation {
    @Column(name = "deliberation_chair")
    private String chair;

    @Column(name = "quorum")
    private Integer quorum;

    protected Deliberation() {
        // for JPA
    }

    static Deliberation none() {
        return new Deliberation();
    }

    static Deliberation openedBy(String chair, int quorum) {
        Deliberation d = new Deliberation();
        d.chair = chair;
        d.quorum = quorum;
        return d;
    }

    /** True when the votes adopt the proposal: a majority, the chair's vote deciding a tie. */
    public boolean majorityInFavour(List<Vote> votes) {
        long yes = votes.stream().filter(Vote::inFavour).count();
        long no = votes.size() - yes;
        if (yes != no) {
            return yes > no;
        }
        return yes > 0 && votes.stream().anyMatch(v -> v.member().equals(chair) && v.inFavour());
    }

    /** Only the chair records the decision, once the quorum voted and the majority is in favour. */
    void requireAdoptable(String actor, List<Vote> votes) {
        if (!actor.equals(chair)) {
            throw SanctionsException.refused("decision.chairOnly", chair);
        }
        if (votes.size() < quorum) {
            throw SanctionsException.refused("decision.votesMissing", quorum, votes.size());
        }
        if (!majorityInFavour(votes)) {
            throw SanctionsException.refused("decision.noMajority");
        }
    }

    public String chair() {
        return chair;
    }

    public Integer quorum() {
        return quorum;
    }
}
