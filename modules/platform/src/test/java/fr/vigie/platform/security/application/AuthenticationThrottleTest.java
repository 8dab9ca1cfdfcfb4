package fr.vigie.platform.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationThrottleTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T08:00:00Z"));
    /** 3 failures per account, 5 per address, over 60 seconds. */
    private final AuthenticationThrottle throttle = new AuthenticationThrottle(clock, 3, 5, 60);

    @Test
    void anAccountIsRefusedAfterItsLimitUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.refusal("camille", "10.0.0." + i).isEmpty(), "attempt " + i);
            throttle.failed("camille", "10.0.0." + i);
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.refusal(" Camille", "10.0.0.9"));
        assertTrue(throttle.refusal("dominique", "10.0.0.9").isEmpty(), "other accounts are not affected");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(throttle.refusal("camille", "10.0.0.9").isEmpty());
    }

    @Test
    void anAddressIsRefusedAfterFailuresSpreadOverManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        Optional<Duration> refusal = throttle.refusal("someone-else", "192.0.2.7");
        assertEquals(Optional.of(Duration.ofSeconds(60)), refusal);
        assertTrue(throttle.refusal("someone-else", "192.0.2.8").isEmpty());
    }

    @Test
    void aLimitOfZeroTurnsThatCountOff() {
        AuthenticationThrottle accountsOnly = new AuthenticationThrottle(clock, 2, 0, 60);
        for (int i = 0; i < 100; i++) {
            accountsOnly.failed("user" + i, "192.0.2.7");
        }
        assertTrue(accountsOnly.refusal("fresh", "192.0.2.7").isEmpty());
    }
}
