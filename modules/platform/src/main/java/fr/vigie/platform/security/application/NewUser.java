package fr.vigie.platform.security.application;

import fr.vigie.platform.api.Role;

import java.util.Set;

/** What an administrator gives to create an account. */
public record NewUser(String username, String displayName, String email, Set<Role> roles, char[] initialPassword) {
}
