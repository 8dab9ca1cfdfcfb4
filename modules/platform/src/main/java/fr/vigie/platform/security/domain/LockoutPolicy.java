package fr.vigie.platform.security.domain;

import java.time.Duration;

/**
 * How many consecutive failed logins lock an account, and for how long. Slows down password
 * guessing without locking people out for good: an administrator's password reset unlocks.
 */
public record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {
    public LockoutPolicy {
        if (maxFailedAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
