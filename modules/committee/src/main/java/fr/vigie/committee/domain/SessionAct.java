package fr.vigie.committee.domain;

/**
 * The acts on a committee session. Which ones the session allows now is
 * {@link CommitteeSession#availableActs(java.time.LocalDate)}; who may do them (the secretary) is
 * decided by the application. Pages name them ({@code may('CONVENE')}): keep the names stable.
 */
public enum SessionAct {
    /** Set the agenda: add, remove or reorder its dossiers. */
    SET_AGENDA,
    /** Move the session to another day. */
    RESCHEDULE,
    /** Send the agenda to the members. */
    CONVENE,
    /** Open the session with the members present, or correct the attendance while it is in progress. */
    OPEN,
    /** Take a dossier off the agenda undecided (it goes back to the dossiers ready for review). */
    POSTPONE,
    /** Close the session with its minutes. */
    CLOSE
}
