package fr.vigie.platform.security.infrastructure;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/** The caller as the container knows them, for the current request (or {@code system} in timers). */
@RequestScoped
public class ContainerCurrentUser implements CurrentUser {
    static final String SYSTEM = "system";
    /** Liberty's name for "nobody" in some contexts (start-up beans, timers). */
    private static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    @Inject
    private SecurityContext securityContext;
    @Inject
    private UserAccountRepository accounts;

    private String displayName;

    @Override
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null || UNAUTHENTICATED.equals(principal.getName()) ? SYSTEM : principal.getName();
    }

    @Override
    public String displayName() {
        if (displayName == null) {
            displayName = isAuthenticated()
                    ? accounts.findByUsername(username()).map(UserAccount::displayName).orElse(username())
                    : username();
        }
        return displayName;
    }

    @Override
    public Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                held.add(role);
            }
        }
        return held;
    }

    @Override
    public boolean hasRole(Role role) {
        return securityContext.isCallerInRole(role.name());
    }

    @Override
    public boolean isAuthenticated() {
        return !SYSTEM.equals(username());
    }
}
