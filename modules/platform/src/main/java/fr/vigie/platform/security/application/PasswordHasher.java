package fr.vigie.platform.security.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (OWASP 2023 guidance), through
 * the container's {@link Pbkdf2PasswordHash}. The parameters are stored inside each hash, so
 * raising them later leaves old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {
    @Inject
    private Pbkdf2PasswordHash hash;

    /** A fixed hash checked when the username is unknown, so both paths cost the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the time of one verification without any account, against user enumeration. */
    public void burnVerification(char[] password) {
        hash.verify(password, decoy);
    }
}
