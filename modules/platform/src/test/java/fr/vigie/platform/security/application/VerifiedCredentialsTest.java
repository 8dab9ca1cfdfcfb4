package fr.vigie.platform.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.security.application.LoginAttempts.AuthenticatedUser;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {
    private static final AuthenticatedUser CAMILLE = new AuthenticatedUser("camille", Set.of("MANAGER"));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T08:00:00Z"));
    private final VerifiedCredentials cache = new VerifiedCredentials(clock, 60, 100);
    private final AtomicInteger fullChecks = new AtomicInteger();

    /** The slow path: counts how often it is taken; accepts only "right". */
    private Supplier<Optional<AuthenticatedUser>> check(char[] password) {
        return () -> {
            fullChecks.incrementAndGet();
            return new String(password).equals("right") ? Optional.of(CAMILLE) : Optional.empty();
        };
    }

    private Optional<AuthenticatedUser> login(String user, String password) {
        char[] secret = password.toCharArray();
        return cache.authenticate(user, secret, check(secret));
    }

    @Test
    void aSecondRequestWithTheSameCredentialsSkipsTheFullCheck() {
        assertEquals(Optional.of(CAMILLE), login("camille", "right"));
        assertEquals(Optional.of(CAMILLE), login(" Camille ", "right"));
        assertEquals(1, fullChecks.get());
    }

    @Test
    void aWrongPasswordAlwaysTakesTheFullCheckEvenAfterASuccess() {
        login("camille", "right");
        for (int i = 0; i < 3; i++) {
            assertTrue(login("camille", "wrong").isEmpty());
        }
        assertEquals(4, fullChecks.get(), "a miss is never cheaper than the full check");
    }

    @Test
    void anEntryExpires() {
        login("camille", "right");
        clock.advance(Duration.ofSeconds(61));
        login("camille", "right");
        assertEquals(2, fullChecks.get());
    }

    @Test
    void aChangeOfTheAccountForgetsItsVerifications() {
        login("camille", "right");
        cache.onChange(new CredentialsChanged("camille"));
        assertEquals(0, cache.size());
        login("camille", "right");
        assertEquals(2, fullChecks.get());
    }

    @Test
    void aVerificationBegunBeforeAChangeIsNotRemembered() {
        char[] secret = "right".toCharArray();
        cache.authenticate("camille", secret, () -> {
            fullChecks.incrementAndGet();
            clock.advance(Duration.ofMillis(5));
            cache.forget("camille"); // the password is reset while the old one is being checked
            clock.advance(Duration.ofMillis(5));
            return Optional.of(CAMILLE);
        });
        login("camille", "right");
        assertEquals(2, fullChecks.get(), "the result of a check that raced a change is not reused");
    }

    @Test
    void zeroSecondsTurnsTheMemoryOff() {
        VerifiedCredentials off = new VerifiedCredentials(clock, 0, 100);
        char[] secret = "right".toCharArray();
        off.authenticate("camille", secret, check(secret));
        off.authenticate("camille", secret, check(secret));
        assertEquals(2, fullChecks.get());
    }

    @Test
    void theMemoryStaysBounded() {
        VerifiedCredentials small = new VerifiedCredentials(clock, 60, 3);
        for (int i = 0; i < 10; i++) {
            char[] secret = "right".toCharArray();
            small.authenticate("camille", ("p" + i).toCharArray(), check(secret));
        }
        assertTrue(small.size() <= 3, "size " + small.size());
    }
}
