package fr.vigie.platform.security.application;

import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.security.domain.LockoutPolicy;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password against the stored account, counting failures and locking
 * the account after too many (audited). Runs in its own transaction: a failed login must still
 * record the failure.
 */
@Stateless
@PermitAll
public class LoginAttempts {
    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<CredentialsChanged> credentialsChanged;

    @Inject
    @ConfigProperty(name = "vigie.security.lockout.attempts", defaultValue = "5")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "vigie.security.lockout.minutes", defaultValue = "15")
    private int lockMinutes;

    private LockoutPolicy policy;

    /** Who logged in: the username and the roles the container will grant. */
    public record AuthenticatedUser(String username, Set<String> roles) {}

    @PostConstruct
    void init() {
        policy = new LockoutPolicy(maxAttempts, Duration.ofMinutes(lockMinutes));
    }

    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase();
        Optional<UserAccount> found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            hasher.burnVerification(password);
            LOG.info(() -> "Login refused: unknown user");
            return Optional.empty();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.mayLogInAt(now)) {
            hasher.burnVerification(password);
            audit.record(AuditRecord.of(UserAdministration.MODULE, "LOGIN_REFUSED")
                    .onCase(UserAdministration.ref(account))
                    .because(account.isActive() ? "account locked" : "account deactivated")
                    .build());
            return Optional.empty();
        }
        if (!hasher.matches(password, account.passwordHash())) {
            boolean lockedNow = account.recordFailedLogin(now, policy);
            audit.record(AuditRecord.of(UserAdministration.MODULE, lockedNow ? "ACCOUNT_LOCKED" : "LOGIN_FAILED")
                    .onCase(UserAdministration.ref(account))
                    .because(lockedNow ? "too many failed logins" : "wrong password")
                    .build());
            if (lockedNow) {
                credentialsChanged.fire(new CredentialsChanged(account.username()));
                LOG.warning(() -> "Account " + account.username() + " locked after " + maxAttempts + " failed logins");
            }
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        audit.record(AuditRecord.of(UserAdministration.MODULE, "LOGIN_SUCCEEDED")
                .onCase(UserAdministration.ref(account))
                .build());
        return Optional.of(new AuthenticatedUser(
                account.username(),
                Set.copyOf(account.roles().stream().map(Enum::name).toList())));
    }

    /** Whether the account exists and is locked now: lets the login page say so plainly. */
    public boolean isLocked(String username) {
        String name = username == null ? "" : username.trim().toLowerCase();
        return accounts.findByUsername(name)
                .map(a -> a.isLockedAt(clock.instant()))
                .orElse(false);
    }
}
