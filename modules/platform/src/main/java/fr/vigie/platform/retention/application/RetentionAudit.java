package fr.vigie.platform.retention.application;

/** The audit trail's names for the retention schedule's acts. */
final class RetentionAudit {
    static final String MODULE = "platform";
    static final String RULE_CHANGED = "RETENTION_RULE_CHANGED";
    static final String RUN_REQUESTED = "RETENTION_RUN_REQUESTED";
    static final String BATCH_APPLIED = "RETENTION_BATCH_APPLIED";
    static final String SUBJECT_SEARCHED = "SUBJECT_DATA_SEARCHED";
    static final String SUBJECT_EXPORTED = "SUBJECT_DATA_EXPORTED";
    static final String SUBJECT_ERASED = "SUBJECT_DATA_ERASED";

    private RetentionAudit() {}
}
