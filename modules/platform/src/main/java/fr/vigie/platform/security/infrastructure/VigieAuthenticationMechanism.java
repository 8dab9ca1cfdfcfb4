package fr.vigie.platform.security.infrastructure;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.http.ApiUnavailable;
import fr.vigie.platform.http.DatabaseFailures;
import fr.vigie.platform.security.application.ApiTokenUse;
import fr.vigie.platform.security.application.ApiTokens;
import fr.vigie.platform.security.application.AuthenticationThrottle;
import fr.vigie.platform.security.application.LoginAttempts;
import fr.vigie.platform.security.application.SsoLogins;
import fr.vigie.platform.security.application.TokenKey;
import fr.vigie.platform.security.application.VerifiedCredentials;
import jakarta.annotation.PostConstruct;
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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for the two kinds of callers. People use the login page (the login bean hands
 * the credential over through {@code SecurityContext.authenticate}); other systems call the API
 * with HTTP Basic over TLS. Staff of a federated administration may instead sign in with OpenID Connect
 * ({@link OidcClient}, {@code /sso/login} then {@code /sso/callback}). An anonymous request for a protected page is sent to the login page
 * (with the page to continue to); for the API it gets a 401 problem document, never a redirect.
 */
@ApplicationScoped
@AutoApplySession
public class VigieAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(VigieAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginAttempts loginAttempts;

    @Inject
    private VerifiedCredentials verifiedCredentials;

    @Inject
    private AuthenticationThrottle throttle;

    @Inject
    private ApiTokens apiTokens;
    /** Absent or empty: no proxy is trusted (MicroProfile Config reads an empty value as absent). */
    @Inject
    @ConfigProperty(name = "vigie.security.trusted-proxies")
    private Optional<String> trustedProxies;

    @Inject
    private OidcClient oidc;

    @Inject
    private SsoLogins ssoLogins;

    @Inject
    @ConfigProperty(name = "vigie.sso.user-claim", defaultValue = "sub")
    private String userClaim;

    @Inject
    @ConfigProperty(name = "vigie.sso.groups-claim", defaultValue = "groups")
    private String groupsClaim;

    private ClientAddress clientAddress;

    @PostConstruct
    void init() {
        clientAddress = new ClientAddress(trustedProxies.orElse(""));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            String caller = credential instanceof UsernamePasswordCredential upc ? upc.getCaller() : "";
            String address = clientAddress.of(request);
            Optional<Duration> refusal = throttle.refusal(caller, address);
            if (refusal.isPresent()) {
                // The login page reads this to say when to try again; nothing was checked.
                request.setAttribute(AuthenticationThrottle.REFUSAL_ATTRIBUTE, refusal.get());
                return AuthenticationStatus.SEND_FAILURE;
            }
            AuthenticationStatus status = login(credential, request, context);
            if (status != AuthenticationStatus.SUCCESS) {
                throttle.failed(caller, address);
            }
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
            String address = clientAddress.of(request);
            Optional<Duration> refusal = throttle.refusal(basic.getCaller(), address);
            if (refusal.isPresent()) {
                return tooManyAttempts(response, refusal.get());
            }
            AuthenticationStatus status;
            try {
                status = loginBasic(basic, context);
            } catch (EJBException e) {
                // The users' table cannot be read (database down or restarting): a 503 problem, not a 500.
                SQLException sql = DatabaseFailures.sqlCause(e);
                if (sql == null || !DatabaseFailures.unavailable(sql)) {
                    throw e;
                }
                ApiUnavailable.write(response, sql);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (status == AuthenticationStatus.SUCCESS) {
                return status;
            }
            throttle.failed(basic.getCaller(), address);
            return refuseApi(response, context);
        }
        if (authorization != null
                && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && isApi(request)) {
            return loginBearer(authorization.substring(BEARER.length()).trim(), request, response, context);
        }
        if (oidc.isEnabled() && OidcClient.LOGIN_PATH.equals(pathOf(request))) {
            return context.redirect(oidc.authorizationUrl(request, response));
        }
        if (oidc.isEnabled() && OidcClient.CALLBACK_PATH.equals(pathOf(request))) {
            return singleSignOn(request, response, context);
        }
        Optional<SessionSignIn> signedIn = isApi(request) ? Optional.empty() : SessionSignIn.of(request);
        if (signedIn.isPresent()) {
            // A session signed in on another server of the cluster (SessionSignIn, docs/cluster.md).
            return context.notifyContainerAboutLogin(
                    signedIn.get().username(), signedIn.get().roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return isApi(request) ? refuseApi(response, context) : sendToLogin(request, response, context);
    }

    private AuthenticationStatus login(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            new SessionSignIn(result.getCallerPrincipal().getName(), result.getCallerGroups()).rememberIn(request);
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * HTTP Basic comes with every API request: a recent successful verification of the same
     * credentials is reused ({@link VerifiedCredentials}) instead of recomputing the PBKDF2.
     */
    private AuthenticationStatus loginBasic(UsernamePasswordCredential basic, HttpMessageContext context) {
        char[] password = basic.getPassword().getValue();
        return verifiedCredentials
                .authenticate(
                        basic.getCaller(), password, () -> loginAttempts.authenticate(basic.getCaller(), password))
                .map(user -> context.notifyContainerAboutLogin(
                        new CredentialValidationResult(user.username(), user.roles())))
                .orElse(AuthenticationStatus.SEND_FAILURE);
    }

    /**
     * An API token: throttled like a password (per token id and per address), then checked by a
     * keyed hash; a read-only token is refused any method that changes something.
     */
    private AuthenticationStatus loginBearer(
            String token, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String address = clientAddress.of(request);
        String throttleKey = "token:" + TokenKey.publicIdOf(token).orElse("");
        Optional<Duration> refusal = throttle.refusal(throttleKey, address);
        if (refusal.isPresent()) {
            return tooManyAttempts(response, refusal.get());
        }
        Optional<ApiTokens.TokenIdentity> identity = apiTokens.authenticate(token);
        if (identity.isEmpty()) {
            throttle.failed(throttleKey, address);
            return refuseApi(response, context);
        }
        if (!identity.get().access().allows(request.getMethod())) {
            return forbidReadOnly(response);
        }
        request.setAttribute(ApiTokenUse.ATTRIBUTE, identity.get());
        return context.notifyContainerAboutLogin(
                identity.get().username(), identity.get().roles());
    }

    private static AuthenticationStatus forbidReadOnly(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                                    + "\"detail\":\"This API token is read-only: only GET, HEAD and OPTIONS are allowed with it.\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 403 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The provider's answer: a verified ID token, then Vigie's own decision (account, mapped roles). A
     * refusal goes to a page that says why; nothing is throttled, since no secret was guessed here.
     */
    @BroadCatch("Whatever fails with the provider or its token (network, JSON, signature, claims), nothing is"
            + " admitted: the person gets the refusal page, the log gets the cause.")
    private AuthenticationStatus singleSignOn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<JWTClaimsSet> claims;
        try {
            claims = oidc.complete(request, response);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Single sign-on failed: " + e.getMessage(), e);
            claims = Optional.empty();
        }
        if (claims.isEmpty()) {
            return context.redirect(request.getContextPath() + SsoLandingServlet.REFUSED + "unavailable");
        }
        List<String> user = OidcClient.values(claims.get(), userClaim);
        SsoLogins.Decision decision =
                ssoLogins.admit(user.isEmpty() ? "" : user.get(0), OidcClient.values(claims.get(), groupsClaim));
        if (decision.user().isEmpty()) {
            String reason = decision.refusal().orElseThrow().name().toLowerCase(Locale.ROOT);
            return context.redirect(request.getContextPath() + SsoLandingServlet.REFUSED + reason);
        }
        AuthenticationStatus status = context.notifyContainerAboutLogin(
                decision.user().get().username(), decision.user().get().roles());
        if (status == AuthenticationStatus.SUCCESS) {
            new SessionSignIn(
                            decision.user().get().username(),
                            decision.user().get().roles())
                    .rememberIn(request);
            // As for the form: the session that carried state and nonce gets a new id with the identity.
            request.changeSessionId();
        }
        return status;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus refuseApi(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"vigie-api\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"vigie-api\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                    + "\"detail\":\"Authentication is required: log in, or send an API token (Bearer) or HTTP Basic credentials.\"}");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 with {@code Retry-After}: too many failures for this account or from this address; nothing was checked. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                            + "\"detail\":\"Too many failed authentication attempts for this account or from this address."
                            + " Retry after " + seconds + " seconds.\",\"retryAfterSeconds\":" + seconds + "}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 429 response", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus sendToLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String target = "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path;
        String login =
                request.getContextPath() + "/login.xhtml?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session expired: tell the Faces client to navigate.
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + login.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                throw new IllegalStateException("Could not write the Ajax redirect", e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }
}
