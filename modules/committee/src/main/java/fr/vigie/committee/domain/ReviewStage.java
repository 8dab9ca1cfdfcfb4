package fr.vigie.committee.domain;

/**
 * Where a referred dossier's review stands. Names are published in {@code ReviewStatus.stage()} and
 * in the reporting views: keep them stable.
 */
public enum ReviewStage {
    /** Referred, ready for review, on no agenda yet. */
    AWAITING_SESSION,
    /** On the agenda of a session that has not decided it yet. */
    ON_AGENDA,
    /** The committee adopted its reasoned opinion (final). */
    OPINION_ADOPTED,
    /** Withdrawn by the dossiers module (dossier withdrawn, tacit opinion): final. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == AWAITING_SESSION || this == ON_AGENDA;
    }
}
