package fr.vigie.sanctions.domain;

/** Where a sanction case stands, in the order of the procedure. */
public enum CaseStatus {
    /** Opened (a formal notice not complied with, an inspection's referral): the president has not referred it yet. */
    AWAITING_REFERRAL,
    /** Referred to the committee: a rapporteur must be appointed. */
    REFERRED,
    /** The rapporteur instructs and writes the report. */
    INSTRUCTION,
    /** The report is notified: the organisation has one month to reply. */
    REPORT_NOTIFIED,
    /** The reply is in: the rapporteur may answer within one month. */
    REPLY_RECEIVED,
    /** The written exchange is over: the hearing can be scheduled (or, simplified, the chair decides). */
    READY_FOR_HEARING,
    /** The hearing date is set and the notice sent. */
    HEARING_SCHEDULED,
    /** The hearing took place. */
    HEARD,
    /** The members present deliberate and vote. */
    DELIBERATING,
    /** The decision is taken. */
    DECIDED;

    public boolean isOpen() {
        return this != DECIDED;
    }
}
