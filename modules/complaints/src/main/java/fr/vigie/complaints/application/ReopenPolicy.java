package fr.vigie.complaints.application;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may reopen a closed complaint: a supervisor's decision, not a handler's. The platform has
 * no "head of complaints" role, so the authority names its supervisors in configuration:
 * <ul>
 * <li>{@code vigie.complaints.reopen.roles} (default {@code ADMINISTRATOR}): roles whose holders
 *     may reopen;</li>
 * <li>{@code vigie.complaints.reopen.users} (default none): usernames of the heads of the
 *     complaints unit, who may reopen if they are also complaint handlers.</li>
 * </ul>
 * Read-only roles (MANAGER, AUDITOR) are never honoured here, even if configured: managers and
 * auditors look, they change nothing.
 */
@ApplicationScoped
public class ReopenPolicy {
    private static final Logger LOG = Logger.getLogger(ReopenPolicy.class.getName());
    private static final Set<Role> READ_ONLY = EnumSet.of(Role.MANAGER, Role.AUDITOR);

    @Inject
    @ConfigProperty(name = "vigie.complaints.reopen.roles", defaultValue = "ADMINISTRATOR")
    List<String> roles;

    @Inject
    @ConfigProperty(name = "vigie.complaints.reopen.users", defaultValue = " ")
    List<String> users;

    @Inject
    CurrentUser currentUser;

    /** True if the current user may reopen closed complaints. */
    public boolean allowsCurrentUser() {
        for (String name : roles) {
            Role role = role(name.strip());
            if (role != null && currentUser.hasRole(role)) {
                return true;
            }
        }
        return currentUser.hasRole(Role.COMPLAINT_HANDLER)
                && users.stream().map(String::strip).anyMatch(u -> !u.isEmpty() && u.equals(currentUser.username()));
    }

    private static Role role(String name) {
        try {
            Role role = Role.valueOf(name);
            if (READ_ONLY.contains(role)) {
                LOG.warning(() -> "vigie.complaints.reopen.roles: " + name + " is a read-only role and is ignored");
                return null;
            }
            return role;
        } catch (IllegalArgumentException e) {
            // A typo in the configuration must not open the door: the unknown name grants nothing.
            LOG.warning(() -> "vigie.complaints.reopen.roles: unknown role " + name + " ignored");
            return null;
        }
    }
}
