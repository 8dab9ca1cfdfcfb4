package fr.vigie.platform.security.application;

/**
 * An account's credentials or standing changed (password reset, roles changed, deactivation,
 * lockout): anything remembered about its past successful logins must be forgotten. Fired
 * inside the transaction that makes the change; observers act once it has completed.
 */
public record CredentialsChanged(String username) {}
