package fr.vigie.platform.security.infrastructure;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads the ID token that Liberty's OpenID Connect client verified and attached to the caller.
 * Liberty's public API ({@code com.ibm.websphere.security.openidconnect.PropagationHelper}, visible to
 * applications as "ibm-api") is reached by reflection so that the build needs no Liberty jar; outside
 * Liberty, or without an OpenID Connect login, there is simply no token.
 */
final class OidcClaims {
    private static final String HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";
    private static final String ID_TOKEN = "com.ibm.websphere.security.openidconnect.token.IdToken";

    private final Object idToken;

    private OidcClaims(Object idToken) {
        this.idToken = idToken;
    }

    /** The current caller's ID token, if Liberty's OpenID Connect client authenticated them. */
    static Optional<OidcClaims> ofCaller() {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Object token =
                    Class.forName(HELPER, true, loader).getMethod("getIdToken").invoke(null);
            return Optional.ofNullable(token).map(OidcClaims::new);
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** A claim's values as strings: a JSON array gives each element, a single value gives one, absent none. */
    List<String> values(String claim) {
        Object value = claim(claim);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        if (value.getClass().isArray()) {
            return java.util.Arrays.stream((Object[]) value)
                    .map(String::valueOf)
                    .toList();
        }
        return List.of(String.valueOf(value));
    }

    private Object claim(String name) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Method getClaim = Class.forName(ID_TOKEN, true, loader).getMethod("getClaim", String.class);
            return getClaim.invoke(idToken, name);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("Cannot read the claim " + name + " of the ID token", e);
        }
    }
}
