package fr.vigie.platform.access.application;

import java.time.Instant;

/** One read-access entry as the auditor sees it. */
public record ReadAccessView(
        long id,
        Instant occurredAt,
        String actor,
        String kind,
        String module,
        String caseRef,
        String detail,
        String clientAddress,
        String requestId) {}
