package fr.vigie.inspections.domain;

/**
 * Where an inspection stands. The moves between them are made by the verbs of {@link Inspection}
 * and listed, per status, by {@link Inspection#availableActs()}.
 */
public enum InspectionStatus {
    /** In the programme (or opened from a complaint or a breach notification); nobody assigned yet. */
    PLANNED,
    /** Team chosen and mission order drafted; it may be conducted once the president signed the order. */
    PREPARED,
    /** Visit or review done; the inspectors write the minutes and their findings. */
    CONDUCTED,
    /** Minutes notified to the organisation: locked; the observations period runs. */
    MINUTES_NOTIFIED,
    /** Observations received, or their period elapsed: the head may close. */
    OBSERVATIONS_CLOSED,
    /** Closed with an outcome. */
    CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
