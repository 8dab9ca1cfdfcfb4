package fr.vigie.platform.audit.domain;

import fr.vigie.platform.api.AppendOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail. Immutable once built: no method changes it, and the database refuses
 * to, with one exception that keeps the chain whole (ADR 10): its database function may erase the
 * reason of a version-2 entry, keeping the reason's digest, when and why.
 */
@AppendOnly("Audit entries are chained by their hashes: a row is never changed once written "
        + "(only the database's redaction may erase a reason, keeping its digest).")
@Entity
@Table(schema = "platform", name = "audit_entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String module;

    @Column(name = "case_ref", updatable = false)
    private String caseRef;

    @Column(updatable = false)
    private String reason;

    @Column(name = "changes_json", nullable = false, updatable = false)
    private String changesJson;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    @Column(name = "hash_version", nullable = false, updatable = false)
    private short hashVersion;

    // Written by the database's redaction only (V28): never by JPA.
    @Column(name = "reason_digest", insertable = false, updatable = false)
    private String reasonDigest;

    @Column(name = "redacted_at", insertable = false, updatable = false)
    private Instant redactedAt;

    @Column(name = "redaction_ref", insertable = false, updatable = false)
    private String redactionRef;

    protected AuditEntry() {
        // for JPA
    }

    /**
     * Builds the entry that follows {@code previousHash} in the chain, hashed in version 2: over the
     * reason's digest under {@code reasonKey}, so that the reason can later be erased.
     */
    public static AuditEntry chainedAfter(
            String previousHash,
            AuditReasonKey reasonKey,
            Instant occurredAt,
            String actor,
            String action,
            String module,
            String caseRef,
            String reason,
            String changesJson,
            String requestId) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = AuditHash.storedPrecision(occurredAt);
        e.actor = actor;
        e.action = action;
        e.module = module;
        e.caseRef = caseRef;
        e.reason = reason;
        e.changesJson = changesJson;
        e.requestId = requestId;
        e.previousHash = previousHash;
        e.hashVersion = AuditHash.VERSION_2;
        e.hash = AuditHash.version2(
                previousHash,
                e.occurredAt,
                actor,
                action,
                module,
                caseRef,
                reasonKey.digest(reason),
                changesJson,
                requestId);
        return e;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String module() {
        return module;
    }

    public String caseRef() {
        return caseRef;
    }

    public String reason() {
        return reason;
    }

    public String changesJson() {
        return changesJson;
    }

    public String requestId() {
        return requestId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }

    public int hashVersion() {
        return hashVersion;
    }

    /** The digest kept in place of an erased reason; null while the reason is there. */
    public String reasonDigest() {
        return reasonDigest;
    }

    /** Whether the reason was erased (the entry keeps only its digest, see ADR 10). */
    public boolean reasonErased() {
        return redactedAt != null;
    }

    public Instant redactedAt() {
        return redactedAt;
    }

    /** Why the reason was erased (a retention run, an erasure request), as the eraser named it. */
    public String redactionRef() {
        return redactionRef;
    }
}
