package fr.vigie.platform.security.domain;

/** Where an API token stands now. */
public enum TokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
