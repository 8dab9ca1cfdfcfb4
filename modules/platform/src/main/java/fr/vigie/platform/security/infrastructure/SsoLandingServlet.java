package fr.vigie.platform.security.infrastructure;

import fr.vigie.platform.security.application.LoginAttempts.AuthenticatedUser;
import fr.vigie.platform.security.application.SsoLogins;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where single sign-on lands (docs/security.md, "Single sign-on"). Liberty's OpenID Connect client guards
 * {@value #PATH} (server.xml: its authFilter): by the time this servlet runs, the provider has authenticated
 * the person and Liberty has verified the ID token. Vigie then decides whether to admit them
 * ({@link SsoLogins}) and, if so, opens a Vigie session exactly as the login form does, through
 * the application's own authentication mechanism. Liberty's transient single sign-on identity is
 * dropped first, so that logging out of Vigie leaves nothing of it behind.
 */
@WebServlet(urlPatterns = SsoLandingServlet.PATH)
public class SsoLandingServlet extends HttpServlet {
    static final String PATH = "/sso/login";
    private static final Logger LOG = Logger.getLogger(SsoLandingServlet.class.getName());

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SsoLogins ssoLogins;

    @Inject
    @ConfigProperty(name = "vigie.sso.user-claim", defaultValue = "sub")
    private String userClaim;

    @Inject
    @ConfigProperty(name = "vigie.sso.groups-claim", defaultValue = "groups")
    private String groupsClaim;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<OidcClaims> claims = OidcClaims.ofCaller();
        Principal principal = request.getUserPrincipal();
        if (claims.isEmpty() || principal == null) {
            // Reached without an OpenID Connect login (SSO not configured): nothing to admit.
            LOG.warning("Single sign-on landing reached without an ID token: is vigie.sso.discovery-url set?");
            refuse(request, response, "unavailable");
            return;
        }
        String username = claims.get().values(userClaim).stream().findFirst().orElse(principal.getName());
        List<String> groups = claims.get().values(groupsClaim);
        SsoLogins.Decision decision = ssoLogins.admit(username, groups);
        // The Liberty identity has served its purpose; the Vigie session replaces it.
        request.logout();
        if (decision.user().isEmpty()) {
            refuse(request, response, decision.refusal().orElseThrow().name().toLowerCase());
            return;
        }
        AuthenticatedUser user = decision.user().get();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new SsoCredential(user.username(), user.roles()))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
        } else if (!response.isCommitted()) {
            refuse(request, response, "unavailable");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/public/sso-refused.xhtml?reason=" + reason);
    }
}
