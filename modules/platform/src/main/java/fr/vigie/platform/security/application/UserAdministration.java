package fr.vigie.platform.security.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.security.domain.PasswordRule;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The administrator's use cases on accounts. Every change is audited with its reason; every
 * edit carries the version the administrator saw, so two administrators never overwrite each
 * other silently.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserAdministration {
    static final String MODULE = "platform";

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

    public List<UserSummary> listUsers() {
        Instant now = clock.instant();
        return accounts.findAll().stream().map(a -> summary(a, now)).toList();
    }

    public UserSummary find(long id) {
        return summary(load(id), clock.instant());
    }

    public long createUser(NewUser cmd, String reason) {
        String username = cmd.username() == null ? "" : cmd.username().trim().toLowerCase();
        if (accounts.findByUsername(username).isPresent()) {
            throw DomainException.onField("username", "error.username.taken", username);
        }
        PasswordRule.check(username, cmd.initialPassword());
        Instant now = clock.instant();
        UserAccount account = new UserAccount(
                username, cmd.displayName(), cmd.email(), hasher.hash(cmd.initialPassword()), cmd.roles(), now);
        account.assignTeam(cmd.team());
        Arrays.fill(cmd.initialPassword(), '\0');
        accounts.store(account);
        accounts.flush();
        audit.record(AuditRecord.of(MODULE, "USER_CREATED")
                .onCase(ref(account))
                .because(reason)
                .changed("displayName", null, account.displayName())
                .changed("email", null, account.email())
                .changed("team", null, account.team())
                .changed("roles", null, names(account.roles()))
                .changed("active", null, true)
                .build());
        return account.id();
    }

    public void changeRoles(long userId, long expectedVersion, Set<Role> roles, String reason) {
        UserAccount account = loadForEdit(userId, expectedVersion, reason);
        String before = names(account.roles());
        account.changeRoles(roles);
        accounts.flush();
        credentialsChanged.fire(new CredentialsChanged(account.username()));
        audit.record(AuditRecord.of(MODULE, "USER_ROLES_CHANGED")
                .onCase(ref(account))
                .because(reason)
                .changed("roles", before, names(account.roles()))
                .build());
    }

    /** Moves the person to another team ({@code team} blank: no team). */
    public void changeTeam(long userId, long expectedVersion, String team, String reason) {
        UserAccount account = loadForEdit(userId, expectedVersion, reason);
        String before = account.team();
        account.assignTeam(team);
        if (java.util.Objects.equals(before, account.team())) {
            return;
        }
        accounts.flush();
        audit.record(AuditRecord.of(MODULE, "USER_TEAM_CHANGED")
                .onCase(ref(account))
                .because(reason)
                .changed("team", before, account.team())
                .build());
    }

    public void deactivate(long userId, long expectedVersion, String reason) {
        UserAccount account = loadForEdit(userId, expectedVersion, reason);
        account.deactivate();
        accounts.flush();
        credentialsChanged.fire(new CredentialsChanged(account.username()));
        audit.record(AuditRecord.of(MODULE, "USER_DEACTIVATED")
                .onCase(ref(account))
                .because(reason)
                .changed("active", true, false)
                .build());
    }

    public void reactivate(long userId, long expectedVersion, String reason) {
        UserAccount account = loadForEdit(userId, expectedVersion, reason);
        account.reactivate();
        accounts.flush();
        audit.record(AuditRecord.of(MODULE, "USER_REACTIVATED")
                .onCase(ref(account))
                .because(reason)
                .changed("active", false, true)
                .build());
    }

    public void resetPassword(long userId, long expectedVersion, char[] newPassword, String reason) {
        UserAccount account = loadForEdit(userId, expectedVersion, reason);
        PasswordRule.check(account.username(), newPassword);
        boolean wasLocked = account.isLockedAt(clock.instant());
        account.resetPassword(hasher.hash(newPassword), clock.instant());
        Arrays.fill(newPassword, '\0');
        accounts.flush();
        credentialsChanged.fire(new CredentialsChanged(account.username()));
        audit.record(AuditRecord.of(MODULE, "USER_PASSWORD_RESET")
                .onCase(ref(account))
                .because(reason)
                .changed("password", "(hidden)", "(new)")
                .changed("locked", wasLocked, false)
                .build());
    }

    private UserAccount loadForEdit(long id, long expectedVersion, String reason) {
        Reason.require(reason);
        UserAccount account = load(id);
        if (account.version() != expectedVersion) {
            throw new ConflictException(account.username());
        }
        return account;
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    static CaseRef ref(UserAccount account) {
        return new CaseRef("users", account.username());
    }

    private static String names(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Enum::name).toList()));
    }

    private static UserSummary summary(UserAccount a, Instant now) {
        return new UserSummary(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.team(),
                a.roles(),
                a.isActive(),
                a.isLockedAt(now),
                a.version());
    }
}
