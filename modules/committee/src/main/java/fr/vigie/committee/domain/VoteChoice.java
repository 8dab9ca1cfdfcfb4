package fr.vigie.committee.domain;

/** What a member may vote on a dossier. Reservations and reasons travel with the vote. */
public enum VoteChoice {
    FAVOURABLE,
    FAVOURABLE_WITH_RESERVATIONS,
    UNFAVOURABLE,
    ABSTENTION;

    /** Counts for a favourable opinion (with or without reservations). */
    public boolean isFavourable() {
        return this == FAVOURABLE || this == FAVOURABLE_WITH_RESERVATIONS;
    }
}
