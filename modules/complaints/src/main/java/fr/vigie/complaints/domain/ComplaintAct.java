package fr.vigie.complaints.domain;

/**
 * The acts a person may do on a complaint. Which ones the complaint allows now is {@link
 * Complaint#availableActs()}, read from the same guards its verbs check: the file page and the API
 * show those, they never re-encode the lifecycle. Who may do them (a handler; reopening is a
 * supervisor's decision) is the application's business, not the complaint's.
 */
public enum ComplaintAct {
    ACKNOWLEDGE,
    QUALIFY,
    ASSIGN,
    /** Also implied by the first request to the organisation. */
    START_INSTRUCTION,
    SEND_REQUEST,
    RECORD_ANSWER,
    INFORM_COMPLAINANT,
    DECIDE_PRIORITY,
    CLOSE,
    REOPEN,
    /** Links another complaint by hand; the complaint's state does not restrict it. */
    LINK,
    /** Looks for related complaints; the complaint's state does not restrict it. */
    SUGGEST_LINKS
}
