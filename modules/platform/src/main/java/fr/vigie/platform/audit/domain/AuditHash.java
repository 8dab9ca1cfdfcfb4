package fr.vigie.platform.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 over an entry's fields and the previous hash. Each field is written with its length
 * first, so that no two different entries can produce the same input by shifting characters
 * between fields (e.g. a reason that contains a separator).
 *
 * <p>Two versions (ADR 10). Version 1, for the rows written before issue 20, covers the reason
 * itself, so a reason can never be erased without breaking the chain. Version 2, for every new
 * row, covers the reason's keyed digest instead ({@link AuditReasonKey}): erasing the reason and
 * keeping the digest leaves the hash verifiable. Version 2 also starts with its version number, so
 * that a row cannot be passed off as version 1 with its digest posing as the reason.
 */
public final class AuditHash {
    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Rows written before the reasons became erasable: the hash covers the reason in clear. */
    public static final int VERSION_1 = 1;

    /** Rows written since: the hash covers the reason's keyed digest. */
    public static final int VERSION_2 = 2;

    private AuditHash() {}

    /** PostgreSQL keeps microseconds: hash what will be read back. */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Version 1, over the reason in clear; kept to verify the rows written with it. */
    public static String of(
            String previousHash,
            Instant occurredAt,
            String actor,
            String action,
            String module,
            String caseRef,
            String reason,
            String changesJson,
            String requestId) {
        return sha256(
                previousHash,
                storedPrecision(occurredAt).toString(),
                actor,
                action,
                module,
                caseRef,
                reason,
                changesJson,
                requestId);
    }

    /**
     * Version 2, over the reason's digest ({@link AuditReasonKey#digest}, null for no reason): the
     * same hash whether the row still holds its reason or only the digest kept after erasure.
     */
    public static String version2(
            String previousHash,
            Instant occurredAt,
            String actor,
            String action,
            String module,
            String caseRef,
            String reasonDigest,
            String changesJson,
            String requestId) {
        return sha256(
                String.valueOf(VERSION_2),
                previousHash,
                storedPrecision(occurredAt).toString(),
                actor,
                action,
                module,
                caseRef,
                reasonDigest,
                changesJson,
                requestId);
    }

    private static String sha256(String... fields) {
        StringBuilder input = new StringBuilder(256);
        for (String field : fields) {
            if (field == null) {
                input.append("-1:;");
            } else {
                input.append(field.length()).append(':').append(field).append(';');
            }
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
