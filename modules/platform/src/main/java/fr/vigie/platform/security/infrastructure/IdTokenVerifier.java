package fr.vigie.platform.security.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

/**
 * Checks an ID token as OpenID Connect Core 1.0 §3.1.3.7 asks, with Nimbus JOSE+JWT rather than
 * code of our own: a JWS signed with RS256 or ES256 by a key of the provider's key set (unsigned
 * and HMAC tokens are refused: an HMAC key would be the client secret, which Vigie shares with
 * the provider, not a proof that the provider wrote the token), this provider as exact issuer,
 * Vigie among the audiences, not expired, and the nonce of this browser's own request. A token
 * issued to several audiences must name Vigie as its authorised party ({@code azp}), and an
 * {@code azp} present must be Vigie (§3.1.3.7 points 4 and 5): a token the provider gave another
 * application, which merely lists Vigie too, does not sign a person in here.
 */
final class IdTokenVerifier {
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    /** Tolerated difference between the provider's clock and ours. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String clientId;

    IdTokenVerifier(JWKSource<SecurityContext> providerKeys, String issuer, String clientId, Clock clock) {
        this.clientId = clientId;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, providerKeys));
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(
                        Set.of(clientId),
                        new JWTClaimsSet.Builder().issuer(issuer).build(),
                        Set.of("sub", "iat", "exp", "nonce"),
                        Set.of()) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** The token's claims once every check passed; a SecurityException names the first that failed. */
    JWTClaimsSet verify(String idToken, String expectedNonce) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new SecurityException("ID token rejected: " + e.getMessage(), e);
        }
        // Compared here, not as an exact-match claim of Nimbus: the nonce is a secret, compared in constant time.
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String actual)
                || !MessageDigest.isEqual(
                        expectedNonce.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
            throw new SecurityException("ID token nonce does not match this browser's request");
        }
        requireVigieAuthorised(claims);
        return claims;
    }

    private void requireVigieAuthorised(JWTClaimsSet claims) {
        Object azp = claims.getClaim("azp");
        if (azp == null && claims.getAudience().size() > 1) {
            throw new SecurityException("ID token has several audiences and no authorised party (azp)");
        }
        if (azp != null && !clientId.equals(azp)) {
            throw new SecurityException("ID token was issued to another authorised party: " + azp);
        }
    }
}
