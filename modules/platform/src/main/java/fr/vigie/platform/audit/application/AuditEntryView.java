package fr.vigie.platform.audit.application;

import java.time.Instant;

/** An audit entry as the auditor's screen and the API show it. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String module,
        String caseRef,
        String reason,
        String changesJson,
        String hash) {}
