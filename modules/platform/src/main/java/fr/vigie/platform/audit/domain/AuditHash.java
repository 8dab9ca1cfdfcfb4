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
 */
public final class AuditHash {
    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** PostgreSQL keeps microseconds: hash what will be read back. */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

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
        StringBuilder input = new StringBuilder(256);
        for (String field : new String[] {
            previousHash,
            storedPrecision(occurredAt).toString(),
            actor,
            action,
            module,
            caseRef,
            reason,
            changesJson,
            requestId
        }) {
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
