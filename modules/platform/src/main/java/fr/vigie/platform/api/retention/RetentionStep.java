package fr.vigie.platform.api.retention;

/** The two things the schedule does to a closed case, in this order. */
public enum RetentionStep {
    /**
     * The people's identities, contact details and the free text that could identify them are
     * replaced; the case, its dates, outcome and figures stay, so reports still count it.
     */
    PSEUDONYMISE,
    /**
     * The file itself goes: its documents are deleted and what free text remained is erased. The
     * statistical record (reference, dates, outcome) stays for the reports.
     */
    DELETE_FILE
}
