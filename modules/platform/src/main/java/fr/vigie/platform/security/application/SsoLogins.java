package fr.vigie.platform.security.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.security.application.LoginAttempts.AuthenticatedUser;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admits a person the identity federation has authenticated (OpenID Connect): the provider vouches
 * for who they are, Vigie decides whether they may enter. They must hold an active Vigie account
 * of the same username (so that assignments, workload and the audit trail name a known person),
 * and their groups must map to at least one role; the roles come from the groups, as the
 * federation manages them. Every decision is audited like a password login.
 */
@Stateless
@PermitAll
public class SsoLogins {
    private static final Logger LOG = Logger.getLogger(SsoLogins.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    // Optional, not a String with an empty default: MicroProfile Config reads an empty value (the
    // server's default, single sign-on off) as absent and refuses to inject it into a String.
    @ConfigProperty(name = "vigie.sso.role-mapping")
    private Optional<String> roleMappingText;

    private SsoRoleMapping roleMapping;

    /** Why a federated person was turned away; the refusal page explains each. */
    public enum Refusal {
        UNKNOWN_USER,
        DEACTIVATED,
        NO_ROLE
    }

    /** Either the user to log in, or the reason for refusing. */
    public record Decision(Optional<AuthenticatedUser> user, Optional<Refusal> refusal) {
        static Decision admit(AuthenticatedUser user) {
            return new Decision(Optional.of(user), Optional.empty());
        }

        static Decision refuse(Refusal why) {
            return new Decision(Optional.empty(), Optional.of(why));
        }
    }

    @PostConstruct
    void init() {
        roleMapping = SsoRoleMapping.parse(roleMappingText.orElse(""));
    }

    public Decision admit(String username, Collection<String> groups) {
        String name = username == null ? "" : username.trim().toLowerCase();
        Set<Role> roles = roleMapping.rolesFor(groups);
        Optional<UserAccount> found = accounts.findByUsername(name);
        if (found.isEmpty()) {
            return refuse(name, Refusal.UNKNOWN_USER, "single sign-on: no Vigie account");
        }
        UserAccount account = found.get();
        if (!account.isActive()) {
            return refuse(name, Refusal.DEACTIVATED, "single sign-on: account deactivated");
        }
        if (roles.isEmpty()) {
            return refuse(name, Refusal.NO_ROLE, "single sign-on: no group of " + groups + " maps to a Vigie role");
        }
        audit.record(AuditRecord.of(UserAdministration.MODULE, "LOGIN_SUCCEEDED")
                .onCase(UserAdministration.ref(account))
                .because("single sign-on (OpenID Connect), roles " + roles)
                .build());
        return Decision.admit(new AuthenticatedUser(
                account.username(), Set.copyOf(roles.stream().map(Enum::name).toList())));
    }

    private Decision refuse(String username, Refusal why, String reason) {
        LOG.info(() -> "Single sign-on refused (" + why + ")");
        AuditRecord.Builder record = AuditRecord.of(UserAdministration.MODULE, "LOGIN_REFUSED");
        if (username.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
            record.onCase(new CaseRef("users", username)).because(reason);
        } else {
            // Not a Vigie username shape (an e-mail address, say): the name goes into the reason.
            record.because(reason + " (" + username + ")");
        }
        audit.record(record.build());
        return Decision.refuse(why);
    }
}
