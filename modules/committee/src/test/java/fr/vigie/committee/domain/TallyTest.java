package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.OpinionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TallyTest {
    private static final VotingRules SIMPLE = new VotingRules(3, 0, MajorityRule.SIMPLE);

    /** Votes "F", "R", "U", "A" (favourable, with reservations, unfavourable, abstention), one per member m1..mn. */
    private static Tally count(VotingRules rules, String votes, OpinionKind casting) {
        Set<String> eligible = new LinkedHashSet<>();
        List<Tally.Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < votes.length(); i++) {
            String voter = "m" + (i + 1);
            eligible.add(voter);
            VoteChoice choice =
                    switch (votes.charAt(i)) {
                        case 'F' -> VoteChoice.FAVOURABLE;
                        case 'R' -> VoteChoice.FAVOURABLE_WITH_RESERVATIONS;
                        case 'U' -> VoteChoice.UNFAVOURABLE;
                        default -> VoteChoice.ABSTENTION;
                    };
            ballots.add(new Tally.Ballot(voter, choice));
        }
        return Tally.of(eligible, 10, ballots, rules, casting);
    }

    @ParameterizedTest(name = "{0} votes {1} -> {2}")
    @CsvSource({
        "SIMPLE, FFU, FAVOURABLE",
        "SIMPLE, FRU, FAVOURABLE_WITH_RESERVATIONS",
        "SIMPLE, FUU, UNFAVOURABLE",
        "SIMPLE, FAA, FAVOURABLE",
        "SIMPLE, UAA, UNFAVOURABLE",
        "SIMPLE, AAA, NONE",
        "SIMPLE, FUA, TIE",
        "ABSOLUTE, FAA, NONE",
        "ABSOLUTE, FFA, FAVOURABLE",
        "ABSOLUTE, FFAA, NONE",
        "ABSOLUTE, UUA, UNFAVOURABLE",
        "ABSOLUTE, FFUUA, TIE",
        "TWO_THIRDS, FFU, FAVOURABLE",
        "TWO_THIRDS, FFUU, TIE",
        "TWO_THIRDS, FFFUA, NONE",
        "TWO_THIRDS, FFFFUA, FAVOURABLE",
        "TWO_THIRDS, UUUF, UNFAVOURABLE",
        "TWO_THIRDS, UUFA, NONE",
    })
    void theMajorityRuleDecides(MajorityRule rule, String votes, String expected) {
        Tally t = count(new VotingRules(3, 0, rule), votes, null);
        if (expected.equals("TIE")) {
            assertTrue(t.tie());
            assertFalse(t.noMajority());
            assertEquals(Optional.empty(), t.outcome());
        } else if (expected.equals("NONE")) {
            assertFalse(t.tie());
            assertTrue(t.noMajority());
            assertEquals(Optional.empty(), t.outcome());
        } else {
            assertFalse(t.noMajority());
            assertEquals(Optional.of(OpinionKind.valueOf(expected)), t.outcome());
        }
    }

    @Test
    void aTieWaitsForTheCastingVote() {
        Tally t = count(SIMPLE, "FFUU", null);
        assertTrue(t.tie());
        CommitteeException e = assertThrows(CommitteeException.class, t::decidedOpinion);
        assertEquals("tally.tieNeedsCastingVote", e.key());
    }

    @Test
    void theCastingVoteSettlesATie() {
        assertEquals(
                OpinionKind.UNFAVOURABLE,
                count(SIMPLE, "FRUU", OpinionKind.UNFAVOURABLE).decidedOpinion());
        assertEquals(
                OpinionKind.FAVOURABLE,
                count(SIMPLE, "FRUU", OpinionKind.FAVOURABLE).decidedOpinion());
    }

    @Test
    void theCastingVoteIsIgnoredWithoutATie() {
        assertEquals(
                OpinionKind.FAVOURABLE,
                count(SIMPLE, "FFU", OpinionKind.UNFAVOURABLE).decidedOpinion());
    }

    @Test
    void whenEveryoneAbstainsThereIsNoTieToSettleAndNoOpinion() {
        Tally t = count(SIMPLE, "AAA", OpinionKind.FAVOURABLE);
        assertFalse(t.tie(), "0 = 0 is not a tie of cast votes");
        assertTrue(t.noMajority());
        CommitteeException e = assertThrows(CommitteeException.class, t::decidedOpinion);
        assertEquals("tally.noMajority", e.key());
    }

    @Test
    void anUnreachedQualifiedMajorityAdoptsNoOpinionRatherThanAnUnfavourableOne() {
        Tally t = count(new VotingRules(3, 0, MajorityRule.TWO_THIRDS), "FFFUA", null);
        CommitteeException e = assertThrows(CommitteeException.class, t::decidedOpinion);
        assertEquals("tally.noMajority", e.key());
    }

    @Test
    void noOpinionWithoutQuorum() {
        Tally t = count(SIMPLE, "FF", null);
        assertFalse(t.quorumReached());
        CommitteeException e = assertThrows(CommitteeException.class, t::decidedOpinion);
        assertEquals("tally.noQuorum", e.key());
        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("3"), e.getMessage());
    }

    @Test
    void theQuorumMayBeAFractionOfTheSeats() {
        VotingRules half = new VotingRules(1, 0.5, MajorityRule.SIMPLE);
        assertEquals(5, half.quorum(10));
        assertEquals(6, half.quorum(11));
        assertEquals(3, new VotingRules(3, 0.5, MajorityRule.SIMPLE).quorum(4), "the stricter rule applies");
        assertFalse(count(half, "FFFF", null).quorumReached(), "4 present of 10 seats");
        assertTrue(count(half, "FFFFF", null).quorumReached());
    }

    @Test
    void everyEligibleMemberMustHaveVoted() {
        Set<String> eligible = Set.of("m1", "m2", "m3", "m4");
        Tally t = Tally.of(
                eligible,
                4,
                List.of(
                        new Tally.Ballot("m1", VoteChoice.FAVOURABLE),
                        new Tally.Ballot("m2", VoteChoice.FAVOURABLE),
                        new Tally.Ballot("m3", VoteChoice.UNFAVOURABLE)),
                SIMPLE,
                null);
        assertEquals(Set.of("m4"), t.missing());
        CommitteeException e = assertThrows(CommitteeException.class, t::decidedOpinion);
        assertEquals("tally.incomplete", e.key());
        assertTrue(e.getMessage().contains("m4"));
    }

    @Test
    void votesOfMembersWhoMayNotVoteAreNotCounted() {
        // m9 is recused or absent: their vote (cast before the recusal was known) does not count
        Tally t = Tally.of(
                Set.of("m1", "m2", "m3"),
                9,
                List.of(
                        new Tally.Ballot("m1", VoteChoice.FAVOURABLE),
                        new Tally.Ballot("m2", VoteChoice.UNFAVOURABLE),
                        new Tally.Ballot("m3", VoteChoice.UNFAVOURABLE),
                        new Tally.Ballot("m9", VoteChoice.FAVOURABLE)),
                SIMPLE,
                null);
        assertEquals(1, t.favourable());
        assertEquals(OpinionKind.UNFAVOURABLE, t.decidedOpinion());
    }

    @Test
    void rulesRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new VotingRules(0, 0, MajorityRule.SIMPLE));
        assertThrows(IllegalArgumentException.class, () -> new VotingRules(3, 1.5, MajorityRule.SIMPLE));
    }
}
