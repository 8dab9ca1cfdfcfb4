package fr.vigie.committee.domain;

import fr.vigie.committee.api.OpinionKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The count of the votes on one dossier and what it decides. Computed, never stored: the votes
 * and the casting vote are the facts.
 *
 * @param eligible       members present who may vote (present, on the roster, not recused)
 * @param quorum         how many are needed
 * @param missing        eligible members who have not voted yet
 * @param favourable     plain favourable votes
 * @param withReservations favourable votes with reservations
 * @param unfavourable   unfavourable votes
 * @param abstentions    abstentions
 * @param tie            as many favourable as unfavourable votes, at least one on each side: the chair's casting vote decides
 * @param noMajority     neither side reached the majority the rules require (e.g. every member abstained, or an
 *                       absolute or two-thirds majority is not reached): no opinion is adopted
 * @param outcome        the opinion the votes carry, if they decide one
 */
public record Tally(
        Set<String> eligible,
        int quorum,
        Set<String> missing,
        int favourable,
        int withReservations,
        int unfavourable,
        int abstentions,
        boolean tie,
        boolean noMajority,
        Optional<OpinionKind> outcome) {

    public boolean quorumReached() {
        return eligible.size() >= quorum;
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * Counts the votes.
     *
     * @param eligible    usernames of the members present who may vote on this dossier
     * @param votes       the votes cast (votes of members who are not eligible are ignored)
     * @param castingVote the chair's casting vote, if given
     */
    public static Tally of(
            Set<String> eligible,
            int activeSeats,
            Collection<Ballot> votes,
            VotingRules rules,
            OpinionKind castingVote) {
        Set<String> missing = new TreeSet<>(eligible);
        int fav = 0;
        int res = 0;
        int unfav = 0;
        int abst = 0;
        for (Ballot b : votes) {
            if (!eligible.contains(b.voter())) {
                continue;
            }
            missing.remove(b.voter());
            switch (b.choice()) {
                case FAVOURABLE -> fav++;
                case FAVOURABLE_WITH_RESERVATIONS -> res++;
                case UNFAVOURABLE -> unfav++;
                case ABSTENTION -> abst++;
            }
        }
        int favourableSide = fav + res;
        // A tie is one of cast votes: when every member abstains there is nothing for the chair to settle.
        boolean tie = favourableSide == unfav && unfav > 0;
        Optional<OpinionKind> outcome;
        boolean noMajority = false;
        if (tie) {
            outcome = Optional.ofNullable(castingVote);
        } else if (rules.majority().reached(favourableSide, unfav, abst)) {
            outcome = Optional.of(res > 0 ? OpinionKind.FAVOURABLE_WITH_RESERVATIONS : OpinionKind.FAVOURABLE);
        } else if (rules.majority().reached(unfav, favourableSide, abst)) {
            outcome = Optional.of(OpinionKind.UNFAVOURABLE);
        } else {
            noMajority = true;
            outcome = Optional.empty();
        }
        return new Tally(
                Set.copyOf(eligible),
                rules.quorum(activeSeats),
                Set.copyOf(missing),
                fav,
                res,
                unfav,
                abst,
                tie,
                noMajority,
                outcome);
    }

    /**
     * The opinion the committee may adopt now, or the reason why not: quorum, every eligible member
     * voted, and a decided outcome (a tie needs the casting vote; without a majority no opinion is adopted).
     */
    public OpinionKind decidedOpinion() {
        if (!quorumReached()) {
            throw CommitteeException.refused("tally.noQuorum", eligible.size(), quorum);
        }
        if (!complete()) {
            throw CommitteeException.refused(
                    "tally.incomplete", String.join(", ", List.copyOf(new TreeSet<>(missing))));
        }
        if (noMajority) {
            throw CommitteeException.refused("tally.noMajority");
        }
        return outcome.orElseThrow(() -> CommitteeException.refused("tally.tieNeedsCastingVote"));
    }

    /** One vote as the count sees it. */
    public record Ballot(String voter, VoteChoice choice) {}
}
