package fr.vigie.platform.security.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A named credential another system or a script presents as {@code Authorization: Bearer}. It
 * acts for its owner with at most the roles it was issued with (and never more than the owner
 * holds at the time of use), read-only or read-write, until it expires or is revoked. Only a
 * keyed hash of its secret is kept.
 */
@Entity
@Table(schema = "platform", name = "api_token")
@NamedQuery(name = "ApiToken.byPublicId", query = "SELECT t FROM ApiToken t WHERE t.publicId = :publicId")
@NamedQuery(name = "ApiToken.all", query = "SELECT t FROM ApiToken t ORDER BY t.issuedAt DESC, t.id DESC")
@NamedQuery(
        name = "ApiToken.byOwner",
        query = "SELECT t FROM ApiToken t WHERE t.ownerId = :ownerId ORDER BY t.issuedAt DESC, t.id DESC")
public class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TokenAccess access;

    @Column(name = "roles", nullable = false, updatable = false)
    private String roleNames;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    /** Written by {@link ApiTokenRepository#recordUse} only: a use is not an edit and leaves the version alone. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    /**
     * A token issued now by {@code issuedBy} for the account {@code owner}, carrying {@code roles}
     * (a subset of the owner's), valid until {@code expiresAt} and no longer than {@code maxLifetime}.
     */
    public ApiToken(
            String publicId,
            String secretHash,
            String name,
            UserAccount owner,
            TokenAccess access,
            Set<Role> roles,
            Instant expiresAt,
            Duration maxLifetime,
            String issuedBy,
            Instant now) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw DomainException.onField("name", "error.token.name");
        }
        if (access == null) {
            throw DomainException.onField("access", "error.token.access");
        }
        if (roles == null || roles.isEmpty()) {
            throw DomainException.onField("roles", "error.token.roles.empty");
        }
        if (!owner.roles().containsAll(roles)) {
            throw DomainException.onField("roles", "error.token.roles.notHeld", owner.username());
        }
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw DomainException.onField("expiresOn", "error.token.expiry.past");
        }
        if (expiresAt.isAfter(now.plus(maxLifetime))) {
            throw DomainException.onField("expiresOn", "error.token.expiry.tooFar", maxLifetime.toDays());
        }
        this.publicId = publicId;
        this.secretHash = secretHash;
        this.name = trimmed;
        this.ownerId = owner.id();
        this.access = access;
        this.roleNames = names(roles);
        this.expiresAt = expiresAt;
        this.issuedBy = issuedBy;
        this.issuedAt = now;
    }

    public TokenStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return TokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? TokenStatus.ACTIVE : TokenStatus.EXPIRED;
    }

    public boolean isUsableAt(Instant now) {
        return statusAt(now) == TokenStatus.ACTIVE;
    }

    /** Revokes the token for good; revoking it again is refused. */
    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new DomainException("error.token.alreadyRevoked");
        }
        this.revokedAt = now;
        this.revokedBy = by;
    }

    /** The roles this token grants now: those it carries that the owner still holds. */
    public Set<Role> rolesGrantedWith(Set<Role> ownerRoles) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        granted.addAll(roles());
        granted.retainAll(ownerRoles);
        return granted;
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(roleNames.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(roles::add);
        return roles;
    }

    /** How the token is named in the audit trail: {@code #12 "name"}. */
    public String label() {
        return "#" + id + " \"" + name + "\"";
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String name() {
        return name;
    }

    public long ownerId() {
        return ownerId;
    }

    public TokenAccess access() {
        return access;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public long version() {
        return version;
    }
}
