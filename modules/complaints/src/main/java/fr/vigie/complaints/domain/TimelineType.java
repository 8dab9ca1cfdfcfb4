package fr.vigie.complaints.domain;

/** Kinds of events on a complaint's timeline (translated as {@code timeline.<TYPE>}). */
public enum TimelineType {
    RECEIVED,
    ACKNOWLEDGED,
    QUALIFIED,
    ASSIGNED,
    INSTRUCTION_STARTED,
    REQUEST_SENT,
    ANSWER_RECEIVED,
    COMPLAINANT_INFORMED,
    PRIORITY_DECIDED,
    LINK_CONFIRMED,
    LINK_REJECTED,
    CLOSED,
    REOPENED
}
