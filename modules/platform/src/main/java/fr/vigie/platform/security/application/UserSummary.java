package fr.vigie.platform.security.application;

import fr.vigie.platform.api.Role;
import java.util.Set;

/** An account as the administration screen shows it; {@code version} travels back with edits. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        String email,
        String team,
        Set<Role> roles,
        boolean active,
        boolean locked,
        long version) {}
