package fr.vigie.dossiers.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dossier stands. The allowed moves are the procedure's state machine; every verb of
 * {@link Dossier} checks its move here first, so an illegal act is refused with a message a
 * person understands and changes nothing.
 */
public enum DossierStatus {
    /** Being written; not yet an application. */
    DRAFT(null),
    /** Submitted; the instructor checks completeness. */
    SUBMITTED(Stage.COMPLETENESS),
    /**
     * Declared incomplete: the applicant has 4 weeks to complete it (EHDS Art. 67); no decision clock
     * runs. An EHDS application not completed in time is deemed withdrawn ({@link Dossier#lapse}).
     */
    INCOMPLETE(Stage.COMPLETENESS),
    /** National procedure: with the committee for its opinion (1 month, silence = favourable). */
    COMMITTEE_REVIEW(Stage.COMMITTEE),
    /** The authority (national) or the access body (EHDS) is to decide. */
    DECISION_PENDING(Stage.DECISION),
    /** Authorised: contract and data preparation by the data holder (EHDS Art. 60(2)); the permit runs. */
    DATA_PREPARATION(Stage.DATA_HOLDER),
    /** EHDS: data received from the holder; to be made available (Art. 68(7)); the permit runs. */
    DATA_DELIVERED(Stage.AVAILABILITY),
    /** Data available in the secure processing environment; the permit runs. */
    DATA_AVAILABLE(null),
    /**
     * The permit reached its term, whether or not the data arrived: whatever data were made
     * available must be deleted within 6 months of its expiry (Art. 68(12)).
     */
    PERMIT_EXPIRED(null),
    /** Data deletion confirmed: the dossier is closed. */
    CLOSED(null),
    REFUSED(null),
    /** Withdrawn by the applicant, or deemed withdrawn when not completed in time (EHDS Art. 67). */
    WITHDRAWN(null);

    private final Stage stage;

    DossierStatus(Stage stage) {
        this.stage = stage;
    }

    /** The stage in which time is being spent, or null before submission and once data are available. */
    public Stage stage() {
        return stage;
    }

    public boolean isOpen() {
        return this != REFUSED && this != WITHDRAWN && this != CLOSED;
    }

    /** Before the decision: the application itself may still be withdrawn and fees estimated. */
    public boolean isBeforeDecision() {
        return this == SUBMITTED || this == INCOMPLETE || this == COMMITTEE_REVIEW || this == DECISION_PENDING;
    }

    public Set<DossierStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(INCOMPLETE, COMMITTEE_REVIEW, DECISION_PENDING, WITHDRAWN);
            case INCOMPLETE -> EnumSet.of(SUBMITTED, REFUSED, WITHDRAWN);
            case COMMITTEE_REVIEW -> EnumSet.of(DECISION_PENDING, WITHDRAWN);
            case DECISION_PENDING -> EnumSet.of(DATA_PREPARATION, REFUSED, WITHDRAWN);
            // A permit runs for its term from the grant, not from the data's arrival: it can reach
            // its term before the data holder delivered or the data were made available (Art. 68(12)).
            case DATA_PREPARATION -> EnumSet.of(DATA_DELIVERED, DATA_AVAILABLE, PERMIT_EXPIRED);
            case DATA_DELIVERED -> EnumSet.of(DATA_AVAILABLE, PERMIT_EXPIRED);
            case DATA_AVAILABLE -> EnumSet.of(PERMIT_EXPIRED);
            case PERMIT_EXPIRED -> EnumSet.of(CLOSED);
            case CLOSED, REFUSED, WITHDRAWN -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    public boolean canMoveTo(DossierStatus target) {
        return next().contains(target);
    }
}
