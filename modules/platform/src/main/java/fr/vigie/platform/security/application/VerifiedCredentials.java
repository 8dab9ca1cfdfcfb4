package fr.vigie.platform.security.application;

import fr.vigie.platform.security.application.LoginAttempts.AuthenticatedUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A short-lived memory of successful HTTP Basic verifications, so that another system calling the
 * API does not pay one PBKDF2 (about 200 ms of CPU) per request.
 *
 * <p>Nothing secret is kept: an entry is found by an HMAC-SHA-256 of the username and password
 * under a key drawn at random when the process starts (never stored, never shared), so the memory
 * holds neither the password nor a hash that could be attacked offline after the process ends.
 * Only successes are remembered: a wrong password always takes the full PBKDF2 path of a miss,
 * and is counted by the throttle and the lockout as before.
 *
 * <p>An entry lives {@code vigie.security.basic-cache.seconds} (60 by default; 0 turns the
 * memory off) and is forgotten as soon as the account's password is reset, its roles change, it
 * is deactivated or it gets locked ({@link CredentialsChanged}). An entry whose verification
 * began before such a change is never used, even if it was stored after it.
 */
@ApplicationScoped
public class VerifiedCredentials {
    private static final String HMAC = "HmacSHA256";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Per username: verifications begun before this instant are worthless. */
    private final Map<String, Instant> changedAt = new ConcurrentHashMap<>();

    private final SecretKeySpec key;

    private Clock clock;
    private Duration lifetime;
    private int maxEntries;

    private record Entry(AuthenticatedUser user, Instant verifiedFrom, Instant expiresAt) {}

    /** For the container's proxy only. */
    protected VerifiedCredentials() {
        this.key = null;
    }

    @Inject
    public VerifiedCredentials(
            Clock clock,
            @ConfigProperty(name = "vigie.security.basic-cache.seconds", defaultValue = "60") int seconds,
            @ConfigProperty(name = "vigie.security.basic-cache.max-entries", defaultValue = "10000") int maxEntries) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, HMAC);
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(Math.max(0, seconds));
        this.maxEntries = Math.max(1, maxEntries);
    }

    /**
     * The user these credentials were recently verified for, or else the result of the full
     * check {@code verify}, remembered when it succeeds.
     */
    public Optional<AuthenticatedUser> authenticate(
            String username, char[] password, Supplier<Optional<AuthenticatedUser>> verify) {
        if (lifetime.isZero()) {
            return verify.get();
        }
        String name = normalise(username);
        String id = fingerprint(name, password);
        Instant began = clock.instant();
        Entry entry = entries.get(id);
        if (entry != null && usable(entry, name, began)) {
            return Optional.of(entry.user());
        }
        Optional<AuthenticatedUser> verified = verify.get();
        if (verified.isPresent() && verified.get().username().equals(name)) {
            makeRoom(began);
            entries.put(id, new Entry(verified.get(), began, began.plus(lifetime)));
        } else if (entry != null) {
            entries.remove(id, entry);
        }
        return verified;
    }

    /** Forgets every verification of this account, effective once the change's transaction is over. */
    void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) CredentialsChanged change) {
        forget(change.username());
    }

    /** Forgets every verification of this account now. */
    public void forget(String username) {
        String name = normalise(username);
        changedAt.put(name, clock.instant());
        entries.values().removeIf(e -> e.user().username().equals(name));
    }

    /** How many verifications are remembered (for tests and metrics). */
    public int size() {
        return entries.size();
    }

    private boolean usable(Entry entry, String name, Instant now) {
        if (!now.isBefore(entry.expiresAt())) {
            return false;
        }
        Instant changed = changedAt.get(name);
        return changed == null || entry.verifiedFrom().isAfter(changed);
    }

    private void makeRoom(Instant now) {
        if (entries.size() < maxEntries) {
            return;
        }
        entries.values().removeIf(e -> !now.isBefore(e.expiresAt()));
        changedAt.values().removeIf(at -> at.plus(lifetime).isBefore(now));
        if (entries.size() >= maxEntries) {
            // Still full of live entries: start again rather than grow without bound.
            entries.clear();
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    private String fingerprint(String username, char[] password) {
        ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[secret.remaining()];
        secret.get(bytes);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (secret.hasArray()) {
                Arrays.fill(secret.array(), (byte) 0);
            }
        }
    }
}
