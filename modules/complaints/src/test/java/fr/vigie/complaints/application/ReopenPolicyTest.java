package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReopenPolicyTest {
    private static CurrentUser user(String name, Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new CurrentUser() {
            @Override
            public String username() {
                return name;
            }

            @Override
            public String displayName() {
                return name;
            }

            @Override
            public Set<Role> roles() {
                return held;
            }

            @Override
            public boolean hasRole(Role role) {
                return held.contains(role);
            }

            @Override
            public boolean isAuthenticated() {
                return true;
            }
        };
    }

    private static ReopenPolicy policy(List<String> roles, List<String> users, CurrentUser user) {
        ReopenPolicy policy = new ReopenPolicy();
        policy.roles = roles;
        policy.users = users;
        policy.currentUser = user;
        return policy;
    }

    @Test
    void byDefaultOnlyAdministratorsReopen() {
        List<String> roles = List.of("ADMINISTRATOR");
        assertTrue(
                policy(roles, List.of(" "), user("admin", Role.ADMINISTRATOR)).allowsCurrentUser());
        assertFalse(policy(roles, List.of(" "), user("handler", Role.COMPLAINT_HANDLER))
                .allowsCurrentUser());
        assertFalse(policy(roles, List.of(" "), user("manager", Role.MANAGER)).allowsCurrentUser());
    }

    @Test
    void theNamedHeadOfComplaintsReopensIfAHandler() {
        List<String> heads = List.of("chef.plaintes");
        assertTrue(policy(List.of("ADMINISTRATOR"), heads, user("chef.plaintes", Role.COMPLAINT_HANDLER))
                .allowsCurrentUser());
        assertFalse(policy(List.of("ADMINISTRATOR"), heads, user("chef.plaintes", Role.MANAGER))
                .allowsCurrentUser());
        assertFalse(policy(List.of("ADMINISTRATOR"), heads, user("handler", Role.COMPLAINT_HANDLER))
                .allowsCurrentUser());
    }

    @Test
    void readOnlyAndUnknownRolesGrantNothing() {
        List<String> roles = List.of("MANAGER", "AUDITOR", "SUPERVISOR");
        assertFalse(policy(roles, List.of(" "), user("manager", Role.MANAGER)).allowsCurrentUser());
        assertFalse(policy(roles, List.of(" "), user("auditor", Role.AUDITOR)).allowsCurrentUser());
        assertFalse(
                policy(roles, List.of(" "), user("admin", Role.ADMINISTRATOR)).allowsCurrentUser());
    }
}
