package fr.vigie.platform.audit.application;

import java.time.Instant;

/**
 * An audit entry as the auditor's screen and the API show it. An erased reason (ADR 10) is null
 * with {@code reasonErased} set; the screen and the API then show a fixed wording in its place.
 */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String module,
        String caseRef,
        String reason,
        boolean reasonErased,
        String changesJson,
        String hash) {

    /** This entry with {@code wording} shown in place of its reason, if the reason was erased. */
    public AuditEntryView withErasedReasonAs(String wording) {
        return reasonErased
                ? new AuditEntryView(id, occurredAt, actor, action, module, caseRef, wording, true, changesJson, hash)
                : this;
    }
}
