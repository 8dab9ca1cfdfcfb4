package fr.vigie.platform.security.infrastructure;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/**
 * A person the identity federation authenticated and {@link fr.vigie.platform.security.application.SsoLogins}
 * admitted, with the roles their groups map to. Built only by {@link SsoLandingServlet} on the server, never
 * from anything the browser sends: the authentication mechanism trusts it as it stands.
 */
record SsoCredential(String username, Set<String> roles) implements Credential {
    SsoCredential {
        roles = Set.copyOf(roles);
    }
}
