package fr.vigie.platform.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password and token guessing before it costs anything: failed authentications are
 * counted per account (the name typed, whether it exists or not) and per client address over a
 * sliding window; once either count reaches its limit, further attempts from that address or for
 * that account are refused at once, without any hash computed, until the oldest failure leaves
 * the window. The refusal says when to retry.
 *
 * <p>It sits in front of the account lockout, which stays: the lockout protects one account
 * after 5 consecutive failures; the throttle protects the server's CPU (a PBKDF2 costs about
 * 200 ms) and slows down guessing spread over many accounts from one address.
 *
 * <p>Liberty variables: {@code vigie.security.throttle.account.failures} (10),
 * {@code vigie.security.throttle.address.failures} (30), {@code vigie.security.throttle.window.seconds}
 * (300); a limit of 0 turns that count off.
 */
@ApplicationScoped
public class AuthenticationThrottle {
    /** Request attribute holding the {@link Duration} to wait when a form login was refused by the throttle. */
    public static final String REFUSAL_ATTRIBUTE = "fr.vigie.security.throttled";

    /** Beyond this many tracked accounts or addresses, forgotten windows are swept. */
    private static final int SWEEP_ABOVE = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private Clock clock;
    private int accountLimit;
    private int addressLimit;
    private Duration window;

    /** For the container's proxy only. */
    protected AuthenticationThrottle() {}

    @Inject
    public AuthenticationThrottle(
            Clock clock,
            @ConfigProperty(name = "vigie.security.throttle.account.failures", defaultValue = "10") int accountLimit,
            @ConfigProperty(name = "vigie.security.throttle.address.failures", defaultValue = "30") int addressLimit,
            @ConfigProperty(name = "vigie.security.throttle.window.seconds", defaultValue = "300") int windowSeconds) {
        this.clock = clock;
        this.accountLimit = Math.max(0, accountLimit);
        this.addressLimit = Math.max(0, addressLimit);
        this.window = Duration.ofSeconds(Math.max(1, windowSeconds));
    }

    /**
     * When this attempt must be refused without checking it: how long until the account (or
     * address) may try again. Empty when the attempt may proceed.
     */
    public Optional<Duration> refusal(String account, String address) {
        Instant now = clock.instant();
        Duration wait =
                max(waitFor(accountKey(account), accountLimit, now), waitFor(addressKey(address), addressLimit, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt against the account and the address. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        if (accountLimit > 0) {
            record(accountKey(account), now);
        }
        if (addressLimit > 0) {
            record(addressKey(address), now);
        }
    }

    /** The window configured, for messages ("retry in N minutes"). */
    public Duration window() {
        return window;
    }

    private Duration waitFor(String key, int limit, Instant now) {
        if (limit == 0) {
            return Duration.ZERO;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            // Free again when enough failures have left the window to fall under the limit.
            Instant oldestThatMatters =
                    times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            return Duration.between(now, oldestThatMatters.plus(window));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            // Only the most recent failures up to the highest limit matter.
            while (times.size() > Math.max(accountLimit, addressLimit)) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String account) {
        return "u:" + (account == null ? "" : account.trim().toLowerCase());
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
