package fr.vigie.platform.security.infrastructure;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The OpenID Connect relying party (authorization code flow, RFC 6749 and OpenID Connect Core 1.0).
 * Why Vigie's own and not Liberty's {@code openidConnectClient}: Liberty runs its client as a trust
 * association interceptor, which it never consults for an application that has its own Jakarta
 * Security mechanism, as Vigie has (docs/security.md, "Single sign-on"). The provider is found by
 * discovery; the ID token is checked by {@link IdTokenVerifier} (Nimbus JOSE+JWT) against the
 * provider's published keys, fetched through the same HTTPS client as every other call and cached.
 * The code travels only from the provider to Vigie's server (never to scripts).
 */
@ApplicationScoped
public class OidcClient {
    static final String LOGIN_PATH = "/sso/login";
    static final String CALLBACK_PATH = "/sso/callback";
    private static final String STATE_COOKIE = "VigieSsoState";
    private static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long the provider's key set is trusted before it is fetched again. */
    private static final Duration KEYS_LIFETIME = Duration.ofMinutes(10);
    /** At most one fetch of the key set per interval, however many tokens name an unknown key. */
    private static final Duration KEYS_MIN_REFRESH = Duration.ofSeconds(30);

    @Inject
    @ConfigProperty(name = "vigie.sso.discovery-url")
    Optional<String> discoveryUrl;

    @Inject
    @ConfigProperty(name = "vigie.sso.client-id", defaultValue = "vigie")
    String clientId;

    @Inject
    @ConfigProperty(name = "vigie.sso.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "vigie.sso.scope", defaultValue = "openid profile")
    String scope;

    @Inject
    @ConfigProperty(name = "vigie.sso.https-required", defaultValue = "true")
    boolean httpsRequired;

    /**
     * The address staff type to reach Vigie ({@code https://vigie.example.org}), when Vigie is behind a
     * load balancer or reverse proxy: the callback address given to the provider is built from it.
     * Without it, from the request as this server received it. Configured rather than read from
     * {@code X-Forwarded-Host}, which any client can send: a forged host would make the provider
     * redirect the code elsewhere (the provider's registered redirect URIs are the other guard).
     */
    @Inject
    @ConfigProperty(name = "vigie.public-url")
    Optional<String> publicUrl;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();
    private HttpClient http;
    private volatile JsonObject provider;
    private volatile IdTokenVerifier verifier;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Off while vigie.sso.discovery-url is absent or empty (MicroProfile Config reads empty as absent). */
    public boolean isEnabled() {
        return discoveryUrl.filter(url -> !url.isBlank()).isPresent();
    }

    /**
     * The provider's authorization URL for this browser, with a fresh state and nonce kept in a short-lived
     * cookie. Not in the session: its cookie is SameSite=Strict, so a browser coming back from a provider on
     * another site does not send it; this one is Lax (sent on that top-level navigation), HttpOnly, and
     * limited to the callback's path.
     */
    String authorizationUrl(HttpServletRequest request, HttpServletResponse response) {
        String state = randomToken();
        String nonce = randomToken();
        response.addCookie(stateCookie(request, state + "." + nonce, (int) STATE_LIFETIME.toSeconds()));
        return text(provider(), "authorization_endpoint")
                + "?response_type=code"
                + "&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirectUri(request))
                + "&scope=" + encode(scope)
                + "&state=" + encode(state)
                + "&nonce=" + encode(nonce);
    }

    /**
     * The claims of the ID token the provider returns for this callback, once every check passed;
     * empty when the callback is not the answer to this browser's own request (state), or carries
     * an error instead of a code.
     */
    Optional<JWTClaimsSet> complete(HttpServletRequest request, HttpServletResponse response) {
        String pending = null;
        for (Cookie cookie : request.getCookies() == null ? new Cookie[0] : request.getCookies()) {
            if (STATE_COOKIE.equals(cookie.getName())) {
                pending = cookie.getValue();
            }
        }
        response.addCookie(stateCookie(request, "", 0));
        int dot = pending == null ? -1 : pending.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String expectedState = pending.substring(0, dot);
        String expectedNonce = pending.substring(dot + 1);
        String code = request.getParameter("code");
        if (expectedState == null
                || !constantTimeEquals(expectedState.toString(), request.getParameter("state"))
                || code == null) {
            return Optional.empty();
        }
        JsonObject tokens = post(
                text(provider(), "token_endpoint"),
                "grant_type=authorization_code"
                        + "&code=" + encode(code)
                        + "&redirect_uri=" + encode(redirectUri(request)));
        return Optional.of(verifier().verify(text(tokens, "id_token"), expectedNonce));
    }

    /** A claim's values as text: each element of an array, a single value alone, none when absent. */
    static List<String> values(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** Built once the provider is known: its issuer and key set come from discovery. */
    private IdTokenVerifier verifier() {
        IdTokenVerifier known = verifier;
        if (known == null) {
            URL keys;
            try {
                keys = checked(text(provider(), "jwks_uri")).toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException("Identity provider's jwks_uri is not a URL", e);
            }
            known = new IdTokenVerifier(
                    JWKSourceBuilder.<SecurityContext>create(keys, url -> new Resource(fetch(url), null))
                            .cache(KEYS_LIFETIME.toMillis(), TIMEOUT.toMillis())
                            .rateLimited(KEYS_MIN_REFRESH.toMillis())
                            .build(),
                    text(provider(), "issuer"),
                    clientId,
                    clock);
            verifier = known;
        }
        return known;
    }

    /** The key set's body, through the same client (HTTPS rule, timeouts, no redirects) as every other call. */
    private String fetch(URL url) throws IOException {
        try {
            HttpRequest request = HttpRequest.newBuilder(checked(url.toString()))
                    .timeout(TIMEOUT)
                    .GET()
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Identity provider answered " + response.statusCode() + " to " + url);
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching the identity provider's keys", e);
        }
    }

    private JsonObject provider() {
        JsonObject known = provider;
        if (known == null) {
            known = get(
                    discoveryUrl.orElseThrow(() -> new IllegalStateException("vigie.sso.discovery-url is not set")));
            provider = known;
        }
        return known;
    }

    private static Cookie stateCookie(HttpServletRequest request, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(STATE_COOKIE, value);
        cookie.setPath(request.getContextPath() + CALLBACK_PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private String redirectUri(HttpServletRequest request) {
        return callbackAddress(
                publicUrl.filter(url -> !url.isBlank()),
                request.getRequestURL().toString(),
                request.getRequestURI(),
                request.getContextPath());
    }

    /** The callback address: under the configured public address when there is one, else this server's. */
    static String callbackAddress(
            Optional<String> publicUrl, String requestUrl, String requestUri, String contextPath) {
        String base = publicUrl
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> requestUrl.substring(0, requestUrl.length() - requestUri.length()));
        return base + contextPath + CALLBACK_PATH;
    }

    private JsonObject get(String url) {
        return send(HttpRequest.newBuilder(checked(url)).timeout(TIMEOUT).GET().build());
    }

    /** Client authentication by HTTP Basic (client_secret_basic, the provider's default method). */
    private JsonObject post(String url, String form) {
        String credentials = encode(clientId) + ":" + encode(clientSecret.orElse(""));
        return send(HttpRequest.newBuilder(checked(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private URI checked(String url) {
        URI uri = URI.create(url);
        if (httpsRequired && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalStateException("The identity provider must be reached over HTTPS: " + url);
        }
        return uri;
    }

    private JsonObject send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Identity provider answered " + response.statusCode() + " to " + request.uri());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Identity provider unreachable: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the identity provider", e);
        }
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String text(JsonObject object, String name) {
        String value = object.getString(name, null);
        if (value == null) {
            throw new IllegalStateException("Identity provider response lacks " + name);
        }
        return value;
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
