package fr.vigie.committee.domain;

/**
 * The acts on a dossier under review. Which ones the review allows now is
 * {@link Review#availableActs(CommitteeSession, Tally)}; who may do them (the secretary, the chair,
 * the members, the rapporteur) is decided by the application. Pages name them
 * ({@code may('VOTE')}): keep the names stable.
 */
public enum ReviewAct {
    /** Appoint (or replace) the rapporteur. */
    ASSIGN_RAPPORTEUR,
    /** Write the draft opinion (the rapporteur). */
    DRAFT_OPINION,
    /** Cast or change a vote, in session. */
    VOTE,
    /** Settle a tie (the chair). */
    CAST_DECIDING_VOTE,
    /** Adopt the committee's reasoned opinion, in session. */
    ADOPT_OPINION
}
