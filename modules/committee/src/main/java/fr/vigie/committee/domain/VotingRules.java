package fr.vigie.committee.domain;

import java.util.Objects;

/**
 * The committee's rules of deliberation, from configuration: the quorum (members present who may
 * vote on the dossier, i.e. not recused) and the majority.
 *
 * @param minimumPresent   the quorum as a number of members (at least 1)
 * @param fractionOfSeats  the quorum as a fraction of the active roster (0 = not used); the stricter of the two applies
 * @param majority         the majority rule
 */
public record VotingRules(int minimumPresent, double fractionOfSeats, MajorityRule majority) {
    public VotingRules {
        if (minimumPresent < 1) {
            throw new IllegalArgumentException("The quorum is at least one member, not " + minimumPresent);
        }
        if (fractionOfSeats < 0 || fractionOfSeats > 1) {
            throw new IllegalArgumentException("The quorum fraction is between 0 and 1, not " + fractionOfSeats);
        }
        Objects.requireNonNull(majority, "majority");
    }

    /** How many eligible members must be present for the committee to deliberate on one dossier. */
    public int quorum(int activeSeats) {
        return Math.max(minimumPresent, (int) Math.ceil(fractionOfSeats * activeSeats - 1e-9));
    }
}
