package fr.vigie.platform.security.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in with this session, kept in the session itself. On one server Liberty finds the person
 * through its single sign-on cookie and its authentication cache; on a cluster (docs/cluster.md) the
 * server that takes over a person's session has neither the cache nor a user registry to rebuild them
 * from the cookie, but it has the session, read from the database: the mechanism signs the person in
 * again from it, with the roles they signed in with (as the first server's cache would have).
 */
record SessionSignIn(String username, Set<String> roles) implements Serializable {
    private static final String ATTRIBUTE = SessionSignIn.class.getName();

    SessionSignIn {
        roles = Set.copyOf(roles);
    }

    /** Called after a successful login on the form: the session id has changed or is about to. */
    void rememberIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    static Optional<SessionSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionSignIn signIn
                ? Optional.of(signIn)
                : Optional.empty();
    }
}
