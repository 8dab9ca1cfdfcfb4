package fr.vigie.platform.retention.application;

import java.time.Instant;

/** One run of the retention task as the screen lists it. {@code outcome}: RUNNING, DONE, SKIPPED, FAILED. */
public record RetentionRunView(
        long id,
        Instant startedAt,
        Instant finishedAt,
        String requestedBy,
        String outcome,
        int pseudonymised,
        int filesDeleted,
        int documentsDeleted,
        int batches,
        String detail) {}
