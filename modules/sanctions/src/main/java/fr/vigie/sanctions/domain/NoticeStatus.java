package fr.vigie.sanctions.domain;

/** Where a formal notice stands. */
public enum NoticeStatus {
    /** Prepared, not signed: breaches, measures and the period can still change. */
    DRAFT,
    /** Signed and notified: the compliance period runs. */
    RUNNING,
    /** Compliance found: closed. */
    COMPLIED,
    /** Not complied with: a sanction case was opened. */
    NOT_COMPLIED;

    public boolean isOpen() {
        return this == DRAFT || this == RUNNING;
    }
}
