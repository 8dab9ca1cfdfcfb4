package fr.vigie.platform.api.security;

import fr.vigie.platform.api.Role;
import java.util.Set;

/** Who is acting, as the container authenticated them. Injected where a use case needs the actor. */
public interface CurrentUser {
    /** The name recorded in the audit trail: the username, or {@code system} outside a request. */
    String username();

    String displayName();

    Set<Role> roles();

    boolean hasRole(Role role);

    boolean isAuthenticated();
}
