package fr.vigie.committee.domain;

/**
 * Which majority makes a favourable opinion (configurable, {@code vigie.committee.majority}).
 * Favourable votes include those with reservations. A tie (as many favourable as unfavourable
 * votes) is settled by the chair's casting vote under every rule.
 */
public enum MajorityRule {
    /** More favourable than unfavourable votes; abstentions do not count. The usual rule of French committees. */
    SIMPLE,
    /** More than half of the votes cast, abstentions included. */
    ABSOLUTE,
    /** At least two thirds of the votes cast, abstentions included. */
    TWO_THIRDS;

    /** Whether the favourable side carries the vote (ties are handled before this is asked). */
    boolean favourableWins(int favourable, int unfavourable, int abstentions) {
        int cast = favourable + unfavourable + abstentions;
        return switch (this) {
            case SIMPLE -> favourable > unfavourable;
            case ABSOLUTE -> favourable * 2 > cast;
            case TWO_THIRDS -> cast > 0 && favourable * 3 >= cast * 2;
        };
    }
}
