package fr.vigie.platform.security.infrastructure;

import fr.vigie.platform.http.ApiUnavailable;
import fr.vigie.platform.http.DatabaseFailures;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;

/**
 * One mechanism for the two kinds of callers. People use the login page (the login bean hands
 * the credential over through {@code SecurityContext.authenticate}); other systems call the API
 * with HTTP Basic over TLS. An anonymous request for a protected page is sent to the login page
 * (with the page to continue to); for the API it gets a 401 problem document, never a redirect.
 */
@ApplicationScoped
@AutoApplySession
public class VigieAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            AuthenticationStatus status = login(credential, context);
            if (status == AuthenticationStatus.SUCCESS && request.getSession(false) != null) {
                // A new identity gets a new session id: a session id planted before login is worthless.
                request.changeSessionId();
            }
            return status;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length()) && isApi(request)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(BASIC.length()));
            if (basic == null) {
                return refuseApi(response, context);
            }
            AuthenticationStatus status;
            try {
                status = login(basic, context);
            } catch (EJBException e) {
                // The users' table cannot be read (database down or restarting): a 503 problem, not a 500.
                SQLException sql = DatabaseFailures.sqlCause(e);
                if (sql == null || !DatabaseFailures.unavailable(sql)) {
                    throw e;
                }
                ApiUnavailable.write(response);
                return AuthenticationStatus.SEND_FAILURE;
            }
            return status == AuthenticationStatus.SUCCESS ? status : refuseApi(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? refuseApi(response, context) : sendToLogin(request, response, context);
    }

    private AuthenticationStatus login(Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus refuseApi(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"vigie-api\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Authentication is required: log in or send HTTP Basic credentials.\"}");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToLogin(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String target = "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path;
        String login = request.getContextPath() + "/login.xhtml?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session expired: tell the Faces client to navigate.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                throw new IllegalStateException("Could not write the Ajax redirect", e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }
}
