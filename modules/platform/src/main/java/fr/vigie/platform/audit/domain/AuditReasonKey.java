package fr.vigie.platform.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's secret that turns an audit entry's reason into the keyed digest its version-2 hash
 * covers (ADR 10): HMAC-SHA-256, in lowercase hex. Keyed rather than a plain SHA-256 because a
 * reason is short, guessable text ("Retrait demandé par M. Dupont"): once it is erased, whoever
 * holds the database but not the key cannot confirm a guess by hashing it.
 *
 * <p>At least {@value #MIN_LENGTH} characters, so that the key itself cannot be guessed either.
 * Never printed: {@link #toString()} says only that it is a key.
 */
public final class AuditReasonKey {
    public static final int MIN_LENGTH = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private AuditReasonKey(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** @throws IllegalArgumentException when the secret is missing or shorter than {@value #MIN_LENGTH} characters */
    public static AuditReasonKey of(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The audit reason key is missing");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "The audit reason key has " + secret.length() + " characters; it needs at least " + MIN_LENGTH);
        }
        return new AuditReasonKey(secret);
    }

    /** The digest a version-2 hash covers in place of {@code reason}; null for no reason. */
    public String digest(String reason) {
        if (reason == null) {
            return null;
        }
        try {
            // A Mac is not thread-safe: one per call (cheap next to the SHA-256 of the entry).
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(reason.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "AuditReasonKey[secret]";
    }
}
