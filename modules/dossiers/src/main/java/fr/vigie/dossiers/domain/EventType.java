package fr.vigie.dossiers.domain;

/** What can happen to a dossier, as its history shows it. */
public enum EventType {
    CREATED,
    DRAFT_SAVED,
    SUBMITTED,
    DECLARED_INCOMPLETE,
    RESUBMITTED,
    DECLARED_COMPLETE,
    REFERRED_TO_COMMITTEE,
    OPINION_RECORDED,
    TACIT_OPINION,
    FEE_ESTIMATED,
    FEE_ACCEPTED,
    DECISION_EXTENDED,
    GRANTED,
    REFUSED,
    TACIT_AUTHORISATION,
    DATA_DELIVERED,
    DATA_AVAILABLE,
    DECISION_PUBLISHED,
    PERMIT_AMENDED,
    PERMIT_EXTENDED,
    PERMIT_EXPIRED,
    DATA_DELETED,
    WITHDRAWN,
    /** The applicant did not complete the application in time (EHDS Art. 67): deemed withdrawn, by the system. */
    LAPSED,
    ATTACHED,
    INSTRUCTOR_ASSIGNED
}
