package fr.vigie.platform.security.infrastructure;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.security.application.ThreadSystemTasks;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller as the container knows them, for the current request; {@code system} in timers and
 * start-up code, and inside a system task ({@link ThreadSystemTasks}), where the task acts, not
 * the person whose request may have started it, and no role is held.
 */
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
        if (ThreadSystemTasks.current().isPresent()) {
            return SYSTEM;
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null || UNAUTHENTICATED.equals(principal.getName()) ? SYSTEM : principal.getName();
    }

    @Override
    public String displayName() {
        Optional<String> task = ThreadSystemTasks.current();
        if (task.isPresent()) {
            return "Vigie (" + task.get() + ")";
        }
        if (displayName == null) {
            displayName = isAuthenticated()
                    ? accounts.findByUsername(username())
                            .map(UserAccount::displayName)
                            .orElse(username())
                    : username();
        }
        return displayName;
    }

    @Override
    public Set<Role> roles() {
        if (ThreadSystemTasks.current().isPresent()) {
            return EnumSet.noneOf(Role.class);
        }
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
        return ThreadSystemTasks.current().isEmpty() && securityContext.isCallerInRole(role.name());
    }

    @Override
    public boolean isAuthenticated() {
        return !SYSTEM.equals(username());
    }
}
