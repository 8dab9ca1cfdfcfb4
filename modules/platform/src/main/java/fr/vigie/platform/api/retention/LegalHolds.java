package fr.vigie.platform.api.retention;

import fr.vigie.platform.api.CaseRef;

/**
 * Legal holds keep a case whole whatever the retention schedule says: an appeal or litigation
 * pending, a linked case still open. A module places one when its own case depends on another
 * module's (an inspection opened on a complaint), and releases it when that case ends.
 */
public interface LegalHolds {
    /** The kinds of hold, each named {@code retention.hold.<KIND>} in the platform's bundle. */
    enum Kind {
        APPEAL,
        LITIGATION,
        LINKED_CASE,
        OTHER
    }

    /**
     * Places a hold, recorded with its author (the current user, or the system) and reason.
     * Placing the same kind again on a case already held for it changes nothing.
     */
    void place(CaseRef caseRef, Kind kind, String reason);

    /** Releases the case's active holds of that kind, with a reason; nothing when there is none. */
    void release(CaseRef caseRef, Kind kind, String reason);

    /** Whether any hold is active on the case. */
    boolean isHeld(CaseRef caseRef);
}
