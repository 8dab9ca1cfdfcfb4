package fr.vigie.committee.domain;

/**
 * Which majority makes a favourable opinion (configurable, {@code vigie.committee.majority}).
 * Favourable votes include those with reservations. A tie (as many favourable as unfavourable
 * votes) is settled by the chair's casting vote under every rule. A side that does not reach the
 * majority does not win by default: when neither side reaches it, no opinion is adopted.
 */
public enum MajorityRule {
    /** More favourable than unfavourable votes; abstentions do not count. The usual rule of French committees. */
    SIMPLE,
    /** More than half of the votes cast, abstentions included. */
    ABSOLUTE,
    /** At least two thirds of the votes cast, abstentions included. */
    TWO_THIRDS;

    /**
     * Whether one side carries the vote (ties are handled before this is asked).
     *
     * @param side     the votes of the side asked about
     * @param opposite the votes of the other side
     */
    boolean reached(int side, int opposite, int abstentions) {
        int cast = side + opposite + abstentions;
        return switch (this) {
            case SIMPLE -> side > opposite;
            case ABSOLUTE -> side * 2 > cast;
            case TWO_THIRDS -> cast > 0 && side * 3 >= cast * 2;
        };
    }
}
