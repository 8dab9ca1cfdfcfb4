package fr.vigie.crossborder.domain;

import java.util.Locale;

/**
 * The acts a person can do on a cross-border case, as the screens and the API name them. The case
 * says which are possible now ({@link CrossBorderCase#availableActs()}): pages never re-encode the
 * procedure.
 */
public enum CrossBorderAct {
    OPEN(false),
    JOIN_COMPLAINT(false),
    ADD_CONCERNED_AUTHORITY(false),
    CONFIRM_COMPETENCE(false),
    APPLY_SIMPLE_COOPERATION(true),
    SHARE_SUMMARY_OF_KEY_ISSUES(false),
    ISSUE_PRELIMINARY_FINDINGS(false),
    RECORD_PARTIES_HEARD(false),
    SUBMIT_DRAFT_DECISION(false),
    RECEIVE_DRAFT_DECISION(false),
    RECORD_OBJECTION(true),
    SUBMIT_REVISED_DRAFT(true),
    REFER_TO_BOARD(true),
    ADOPT_FINAL_DECISION(false),
    CLOSE(true),
    PROPOSE_EARLY_RESOLUTION(true),
    RECORD_COMPLAINANT_OBJECTION(true),
    CLOSE_BY_EARLY_RESOLUTION(true),
    EXTEND_INVESTIGATION_DEADLINE(true),
    FILE_DOCUMENT(false),
    RECORD_DOCUMENT_SENT(false);

    private final boolean reasonRequired;

    CrossBorderAct(boolean reasonRequired) {
        this.reasonRequired = reasonRequired;
    }

    /**
     * True when the act changes the course of the case by a choice the audit trail must explain
     * (an objection, a referral, an early resolution, a closure); the other acts record a fact.
     */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** The act's name in URLs: {@code confirm-competence}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The act named by {@link #path()}, or null. */
    public static CrossBorderAct ofPath(String path) {
        for (CrossBorderAct act : values()) {
            if (act.path().equals(path)) {
                return act;
            }
        }
        return null;
    }
}
