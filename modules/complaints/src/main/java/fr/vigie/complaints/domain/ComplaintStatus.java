package fr.vigie.complaints.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a complaint: received → acknowledged → qualified → assigned → under
 * instruction → closed; a closed complaint may be reopened. The allowed moves are listed here,
 * in one place; the aggregate refuses any other with a message naming both states.
 */
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED,
    QUALIFIED,
    ASSIGNED,
    UNDER_INSTRUCTION,
    CLOSED;

    /** The states this one may move to. */
    public Set<ComplaintStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED);
            case ACKNOWLEDGED -> EnumSet.of(QUALIFIED);
            case QUALIFIED -> EnumSet.of(ASSIGNED, CLOSED);
            case ASSIGNED -> EnumSet.of(ASSIGNED, UNDER_INSTRUCTION, CLOSED);
            case UNDER_INSTRUCTION -> EnumSet.of(UNDER_INSTRUCTION, CLOSED);
            case CLOSED -> EnumSet.of(QUALIFIED, UNDER_INSTRUCTION);
        };
    }

    public boolean mayMoveTo(ComplaintStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
