package fr.vigie.platform.security.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who may log in, with the roles they hold. The account tracks failed logins itself so
 * that the lockout rule lives in one place.
 */
@Entity
@Table(schema = "platform", name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.all", query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    /** The team the person works in, for workload reports (optional). */
    private String team;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    private boolean active;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "platform", name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(
            String username, String displayName, String email, String passwordHash, Set<Role> roles, Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw DomainException.onField("username", "error.username.invalid");
        }
        this.username = username;
        rename(displayName, email);
        this.passwordHash = passwordHash;
        this.active = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
        changeRoles(roles);
    }

    public void rename(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.length() > 200) {
            throw DomainException.onField("displayName", "error.displayName.required");
        }
        String cleanEmail = newEmail == null || newEmail.isBlank() ? null : newEmail.trim();
        if (cleanEmail != null
                && (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches())) {
            throw DomainException.onField("email", "error.email.invalid");
        }
        this.displayName = newDisplayName.trim();
        this.email = cleanEmail;
    }

    /** Puts the person in {@code newTeam} (blank: no team). */
    public void assignTeam(String newTeam) {
        String clean = newTeam == null || newTeam.isBlank() ? null : newTeam.strip();
        if (clean != null && clean.length() > 100) {
            throw DomainException.onField("team", "error.team.tooLong", 100);
        }
        this.team = clean;
    }

    public final void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw DomainException.onField("roles", "error.roles.required");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("error.user.alreadyInactive", username);
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new DomainException("error.user.alreadyActive", username);
        }
        active = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A new password set by an administrator; it also lifts any lockout. */
    public void resetPassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** @return true when this failure locks the account */
    public boolean recordFailedLogin(Instant now, LockoutPolicy policy) {
        failedAttempts++;
        if (failedAttempts >= policy.maxFailedAttempts() && !isLockedAt(now)) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean mayLogInAt(Instant now) {
        return active && !isLockedAt(now);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    /** The team, or null. */
    public String team() {
        return team;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserAccount other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
