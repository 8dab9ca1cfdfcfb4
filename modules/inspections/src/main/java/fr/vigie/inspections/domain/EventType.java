package fr.vigie.inspections.domain;

/** The kinds of entries of an inspection's timeline. */
public enum EventType {
    OPENED,
    PREPARED,
    MISSION_ORDER_SIGNED,
    CONDUCTED,
    MINUTES_WRITTEN,
    FINDING_ADDED,
    FINDING_REMOVED,
    EVIDENCE_ATTACHED,
    MINUTES_NOTIFIED,
    ADDENDUM_ADDED,
    OBSERVATIONS_RECEIVED,
    OBSERVATIONS_PERIOD_ELAPSED,
    CLOSED
}
