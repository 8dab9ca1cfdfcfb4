package fr.vigie.platform.clock.tracking;

/** What happened to a clock. The names are stored in {@code clock_event.type}. */
public enum ClockEventType {
    STARTED,
    SUSPENDED,
    RESUMED,
    EXTENDED,
    MET,
    STOPPED,
    /** The due date or status changed without an act on the clock: calendar change, passing time. */
    RECOMPUTED,
    /** The clock was handed to another owner (the case was reassigned); dates and status unchanged. */
    REASSIGNED,
    /**
     * An administrator corrected a fact recorded wrongly (the start event's date), with a reason;
     * never an ordinary act, and never one that turns a breach into a non-breach.
     */
    CORRECTED
}
