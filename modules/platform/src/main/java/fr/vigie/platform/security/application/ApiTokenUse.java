package fr.vigie.platform.security.application;

import java.util.Optional;

/**
 * The API token the current request was authenticated with, if any, so that everything the
 * request records in the audit trail names the token next to its owner. Bound for the length of
 * one request by the web layer.
 */
public final class ApiTokenUse {
    /** Request attribute the authentication mechanism sets to the token's label. */
    public static final String ATTRIBUTE = "fr.vigie.security.apiToken";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ApiTokenUse() {}

    /** The token's label ({@code #12 "name"}) when the current request came with a token. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void bind(String label) {
        CURRENT.set(label);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
