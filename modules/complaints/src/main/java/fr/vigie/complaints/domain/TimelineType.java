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
    REOPENED,
    XB_FOUND_ADMISSIBLE,
    XB_DECLARED_INADMISSIBLE,
    XB_ASSESSED,
    XB_TRANSMITTED,
    XB_LED_HERE,
    XB_RECEIVED_AS_LEAD,
    XB_CASE_STAGE
}
