package fr.vigie.platform.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

    private static UserAccount account() {
        return new UserAccount(
                "camille", "Camille Martin", "camille@vigie.example", "hash", Set.of(Role.COMPLAINT_HANDLER), NOW);
    }

    @Test
    void fifthConsecutiveFailureLocksForFifteenMinutes() {
        UserAccount a = account();
        for (int i = 1; i < 5; i++) {
            assertFalse(a.recordFailedLogin(NOW, POLICY), "failure " + i);
        }
        assertTrue(a.recordFailedLogin(NOW, POLICY));
        assertFalse(a.mayLogInAt(NOW.plus(Duration.ofMinutes(14))));
        assertTrue(a.mayLogInAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void successResetsTheCount() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(NOW, POLICY);
        }
        a.recordSuccessfulLogin();
        assertFalse(a.recordFailedLogin(NOW, POLICY));
    }

    @Test
    void passwordResetUnlocks() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(NOW, POLICY);
        }
        a.resetPassword("new-hash", NOW);
        assertTrue(a.mayLogInAt(NOW));
    }

    @Test
    void deactivatedAccountCannotLogIn() {
        UserAccount a = account();
        a.deactivate();
        assertFalse(a.mayLogInAt(NOW));
        assertEquals(
                "error.user.alreadyInactive",
                assertThrows(DomainException.class, a::deactivate).key());
    }

    @Test
    void aTeamIsTrimmedOptionalAndBounded() {
        UserAccount account = account();
        assertEquals(null, account.team(), "no team until one is given");
        account.assignTeam("  Plaintes ");
        assertEquals("Plaintes", account.team());
        account.assignTeam(" ");
        assertEquals(null, account.team(), "blank: no team");
        account.assignTeam("Comité d'accès");
        assertEquals("Comité d'accès", account.team());
        assertEquals(
                "team",
                assertThrows(DomainException.class, () -> account.assignTeam("x".repeat(101)))
                        .field());
        assertEquals("Comité d'accès", account.team(), "a refused team changes nothing");
    }

    @Test
    void invalidInputsAreRefusedOnTheirField() {
        assertEquals(
                "username",
                assertThrows(
                                DomainException.class,
                                () -> new UserAccount("Bad Name", "X", null, "h", Set.of(Role.MANAGER), NOW))
                        .field());
        assertEquals(
                "email",
                assertThrows(
                                DomainException.class,
                                () -> new UserAccount("ok", "X", "not-an-email", "h", Set.of(Role.MANAGER), NOW))
                        .field());
        assertEquals(
                "roles",
                assertThrows(DomainException.class, () -> new UserAccount("ok", "X", null, "h", Set.of(), NOW))
                        .field());
    }

    @Test
    void shortPasswordsAreRefused() {
        assertEquals(
                "error.password.tooShort",
                assertThrows(DomainException.class, () -> PasswordRule.check("bob", "short".toCharArray()))
                        .key());
        assertEquals(
                "error.password.weak",
                assertThrows(
                                DomainException.class,
                                () -> PasswordRule.check("averylongusername", "averylongusername".toCharArray()))
                        .key());
        PasswordRule.check("bob", "correct-horse-battery".toCharArray());
    }
}
