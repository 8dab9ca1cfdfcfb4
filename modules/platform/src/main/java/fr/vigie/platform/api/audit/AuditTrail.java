package fr.vigie.platform.api.audit;

/**
 * The append-only, hash-chained audit trail. Call it inside the transaction that changes the
 * case, so that the change and its record are committed (or rolled back) together.
 */
public interface AuditTrail {
    void record(AuditRecord record);
}
