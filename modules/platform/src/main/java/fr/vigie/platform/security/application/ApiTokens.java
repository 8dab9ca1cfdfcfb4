package fr.vigie.platform.security.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.security.domain.ApiToken;
import fr.vigie.platform.security.domain.ApiTokenRepository;
import fr.vigie.platform.security.domain.TokenAccess;
import fr.vigie.platform.security.domain.TokenStatus;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API tokens: issued by an administrator for anyone, or by a person for themself when one of
 * their roles is in {@code vigie.security.token.self-service-roles}; listed and revoked by the
 * same people; checked on every API request that presents one. Issue, revocation and use (at
 * most once a minute per token) are audited on the owner's account.
 */
@Stateless
@PermitAll
public class ApiTokens {
    /** How often a token's use is written down at most: a busy script must not write on every call. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private TokenKey key;

    @Inject
    private AuditTrail audit;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "vigie.security.token.max-days", defaultValue = "365")
    private int maxDays;

    @Inject
    @ConfigProperty(name = "vigie.security.token.self-service-roles", defaultValue = "ADMINISTRATOR")
    private String selfServiceRoles;

    /** What one asks for: {@code owner} blank means oneself; the token expires at the end of {@code expiresOn}. */
    public record TokenRequest(String owner, String name, TokenAccess access, Set<Role> roles, LocalDate expiresOn) {}

    /** A token as listed (never its secret). */
    public record TokenView(
            long id,
            String name,
            String owner,
            TokenAccess access,
            Set<Role> roles,
            Instant issuedAt,
            String issuedBy,
            Instant expiresAt,
            TokenStatus status,
            Instant lastUsedAt,
            Instant revokedAt,
            String revokedBy,
            long version) {}

    /** A token just issued, with its text: shown once, never again. */
    public record Issued(TokenView token, String secret) {}

    /** Who a presented token stands for now. */
    public record TokenIdentity(long tokenId, String label, String username, Set<String> roles, TokenAccess access) {}

    /** Whether the caller may issue tokens for themself. */
    public boolean maySelfServe() {
        Set<String> allowed =
                Arrays.stream(selfServiceRoles.split(",")).map(String::trim).collect(Collectors.toSet());
        return currentUser.isAuthenticated() && currentUser.roles().stream().anyMatch(r -> allowed.contains(r.name()));
    }

    public boolean isConfigured() {
        return key.configured();
    }

    public Issued issue(TokenRequest request, String reason) {
        refuseWhenCalledWithAToken();
        if (!key.configured()) {
            throw new DomainException("error.token.notConfigured");
        }
        String ownerName = request.owner() == null || request.owner().isBlank()
                ? currentUser.username()
                : request.owner().trim().toLowerCase();
        boolean forSelf = ownerName.equals(currentUser.username());
        if (!isAdministrator() && !(forSelf && maySelfServe())) {
            throw new EJBAccessException("Not allowed to issue an API token for " + ownerName);
        }
        UserAccount owner = accounts.findByUsername(ownerName)
                .orElseThrow(() -> DomainException.onField("owner", "error.token.owner.unknown", ownerName));
        if (!owner.isActive()) {
            throw DomainException.onField("owner", "error.token.owner.inactive", ownerName);
        }
        Instant now = clock.instant();
        Instant expiresAt = request.expiresOn() == null
                ? null
                : request.expiresOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        TokenKey.Fresh fresh = key.generate();
        Set<Role> roles = request.roles() == null || request.roles().isEmpty() ? owner.roles() : request.roles();
        ApiToken token = new ApiToken(
                fresh.publicId(),
                key.hash(fresh.text()),
                request.name(),
                owner,
                request.access(),
                roles,
                expiresAt,
                Duration.ofDays(maxDays).plusDays(1),
                currentUser.username(),
                now);
        tokens.store(token);
        tokens.flush();
        audit.record(AuditRecord.of(UserAdministration.MODULE, "API_TOKEN_ISSUED")
                .onCase(ref(owner))
                .because(reason)
                .changed("token", null, token.label())
                .changed("access", null, token.access().name())
                .changed("roles", null, names(token.roles()))
                .changed("expiresAt", null, token.expiresAt().toString())
                .build());
        return new Issued(view(token, owner.username(), now), fresh.text());
    }

    /** All tokens for an administrator; one's own otherwise. */
    public List<TokenView> list() {
        Instant now = clock.instant();
        if (isAdministrator()) {
            Map<Long, String> names =
                    accounts.findAll().stream().collect(Collectors.toMap(UserAccount::id, UserAccount::username));
            return tokens.findAll().stream()
                    .map(t -> view(t, names.getOrDefault(t.ownerId(), "?"), now))
                    .toList();
        }
        Optional<UserAccount> me = accounts.findByUsername(currentUser.username());
        return me.map(account -> tokens.findByOwner(account.id()).stream()
                        .map(t -> view(t, account.username(), now))
                        .toList())
                .orElse(List.of());
    }

    public void revoke(long id, long expectedVersion, String reason) {
        Reason.require(reason);
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("token", id));
        UserAccount owner =
                accounts.findById(token.ownerId()).orElseThrow(() -> new NotFoundException("user", token.ownerId()));
        if (!isAdministrator() && !owner.username().equals(currentUser.username())) {
            throw new EJBAccessException("Not allowed to revoke token " + id);
        }
        if (token.version() != expectedVersion) {
            throw new ConflictException(token.name());
        }
        token.revoke(currentUser.username(), clock.instant());
        tokens.flush();
        audit.record(AuditRecord.of(UserAdministration.MODULE, "API_TOKEN_REVOKED")
                .onCase(ref(owner))
                .because(reason)
                .changed("token", token.label(), null)
                .build());
    }

    /**
     * Who the presented token stands for, when it is genuine, unexpired, unrevoked and its owner
     * may still log in; its roles are those it carries that the owner still holds.
     */
    public Optional<TokenIdentity> authenticate(String text) {
        if (!key.configured()) {
            return Optional.empty();
        }
        Optional<ApiToken> found = TokenKey.publicIdOf(text).flatMap(tokens::findByPublicId);
        if (found.isEmpty() || !key.matches(text, found.get().secretHash())) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant now = clock.instant();
        Optional<UserAccount> owner = accounts.findById(token.ownerId());
        if (!token.isUsableAt(now) || owner.isEmpty() || !owner.get().mayLogInAt(now)) {
            return Optional.empty();
        }
        Set<Role> granted = token.rolesGrantedWith(owner.get().roles());
        return Optional.of(new TokenIdentity(
                token.id(),
                token.label(),
                owner.get().username(),
                granted.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()),
                token.access()));
    }

    /**
     * Notes that the request being served was made with this token: its last use, and at most
     * once a minute an {@code API_TOKEN_USED} entry in the audit trail under the owner's name.
     * Every entry the request itself records names the token too ({@link ApiTokenUse}).
     */
    public void noteUse(long tokenId) {
        if (tokens.recordUse(tokenId, clock.instant(), USE_RESOLUTION)) {
            audit.record(AuditRecord.of(UserAdministration.MODULE, "API_TOKEN_USED")
                    .onCase(new CaseRef("users", currentUser.username()))
                    .build());
        }
    }

    private void refuseWhenCalledWithAToken() {
        if (ApiTokenUse.current().isPresent()) {
            throw new EJBAccessException("A token cannot issue tokens");
        }
    }

    private boolean isAdministrator() {
        return currentUser.hasRole(Role.ADMINISTRATOR);
    }

    private static CaseRef ref(UserAccount account) {
        return UserAdministration.ref(account);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    private static TokenView view(ApiToken t, String owner, Instant now) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(t.roles());
        return new TokenView(
                t.id(),
                t.name(),
                owner,
                t.access(),
                roles,
                t.issuedAt(),
                t.issuedBy(),
                t.expiresAt(),
                t.statusAt(now),
                t.lastUsedAt(),
                t.revokedAt(),
                t.revokedBy(),
                t.version());
    }
}
