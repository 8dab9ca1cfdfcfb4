package fr.vigie.committee.domain;

/**
 * A committee session's life: the secretary plans it and builds the agenda, convenes the members
 * (the agenda is sent), opens it on the day with the attendance, and closes it with the minutes.
 */
public enum SessionStatus {
    PLANNED,
    CONVENED,
    IN_PROGRESS,
    CLOSED;

    /** The agenda may still change (after convening, members are told again). */
    public boolean agendaEditable() {
        return this == PLANNED || this == CONVENED;
    }
}
