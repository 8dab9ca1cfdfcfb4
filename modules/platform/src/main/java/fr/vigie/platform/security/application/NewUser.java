package fr.vigie.platform.security.application;

import fr.vigie.platform.api.Role;
import java.util.Set;

/** What an administrator gives to create an account ({@code team} may be null or blank: no team). */
public record NewUser(
        String username, String displayName, String email, String team, Set<Role> roles, char[] initialPassword) {}
