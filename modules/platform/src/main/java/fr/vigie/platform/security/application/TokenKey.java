package fr.vigie.platform.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes API token secrets and their keyed hashes. A token is random (256 bits), so a fast keyed
 * hash is enough to store it safely: HMAC-SHA-256 under the server's token key, the Liberty
 * variable {@code vigie.security.token.key} (at least 32 characters; keep it in the server's
 * secrets, not in the database, so that a copy of the database alone cannot check a guess).
 * Without a key, tokens can be neither issued nor used.
 *
 * <p>A token reads {@code vgt_<public id>_<secret>}: the public id finds the row, the whole text
 * is hashed and compared in constant time.
 */
@ApplicationScoped
public class TokenKey {
    static final String PREFIX = "vgt_";
    private static final String HMAC = "HmacSHA256";
    private static final int MIN_KEY_LENGTH = 32;
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    /** Absent or empty (MicroProfile Config reads an empty value as absent): no tokens. */
    @Inject
    @ConfigProperty(name = "vigie.security.token.key")
    Optional<String> configuredKey;

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        key = configuredKey
                .filter(k -> k.length() >= MIN_KEY_LENGTH)
                .map(k -> new SecretKeySpec(k.getBytes(StandardCharsets.UTF_8), HMAC))
                .orElse(null);
    }

    /** Whether the server has a token key. */
    public boolean configured() {
        return key != null;
    }

    /** A fresh token: its public id and its full text (to show once). */
    public record Fresh(String publicId, String text) {}

    public Fresh generate() {
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(ID_ALPHABET[random.nextInt(ID_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String publicId = id.toString();
        return new Fresh(
                publicId,
                PREFIX + publicId + "_"
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The public id inside a presented token, when it has the token's shape. */
    public static Optional<String> publicIdOf(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() > 200) {
            return Optional.empty();
        }
        int end = text.indexOf('_', PREFIX.length());
        return end != PREFIX.length() + 16 ? Optional.empty() : Optional.of(text.substring(PREFIX.length(), end));
    }

    public String hash(String text) {
        if (key == null) {
            throw new IllegalStateException("No API token key (vigie.security.token.key)");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** Whether {@code text} hashes to {@code storedHash}, in time independent of where they differ. */
    public boolean matches(String text, String storedHash) {
        return MessageDigest.isEqual(
                hash(text).getBytes(StandardCharsets.US_ASCII),
                storedHash.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
