package fr.vigie.platform.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verifier against tokens signed here, with the provider's key set in memory: no network. */
class IdTokenVerifierTest {
    private static final String ISSUER = "https://idp.example.org/realms/vigie";
    private static final String CLIENT = "vigie";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static RSAKey providerRsa;
    private static ECKey providerEc;
    private static IdTokenVerifier verifier;

    @BeforeAll
    static void provider() throws JOSEException {
        providerRsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        providerEc = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        JWKSet published = new JWKSet(List.of(providerRsa.toPublicJWK(), providerEc.toPublicJWK()));
        verifier =
                new IdTokenVerifier(new ImmutableJWKSet<>(published), ISSUER, CLIENT, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT)
                .subject("a.martin")
                .issueTime(Date.from(NOW.minusSeconds(5)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                .claim("nonce", NONCE);
    }

    private static String signed(JWSAlgorithm alg, String kid, JWSSigner signer, JWTClaimsSet claims)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String rs256(JWTClaimsSet claims) throws JOSEException {
        return signed(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(providerRsa), claims);
    }

    @Test
    void acceptsAValidRs256Token() throws JOSEException {
        JWTClaimsSet claims = verifier.verify(rs256(valid().build()), NONCE);
        assertEquals("a.martin", claims.getSubject());
    }

    @Test
    void acceptsAValidEs256Token() throws JOSEException {
        String token = signed(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(providerEc), valid().build());
        assertEquals("a.martin", verifier.verify(token, NONCE).getSubject());
    }

    @Test
    void acceptsAnAudienceListNamingVigieAsTheAuthorisedParty() throws JOSEException {
        String token = rs256(valid().audience(List.of("other-app", CLIENT))
                .claim("azp", CLIENT)
                .build());
        assertEquals("a.martin", verifier.verify(token, NONCE).getSubject());
    }

    @Test
    void rejectsSeveralAudiencesWithoutAnAuthorisedParty() throws JOSEException {
        String token = rs256(valid().audience(List.of("other-app", CLIENT)).build());
        SecurityException refused = assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
        assertEquals("ID token has several audiences and no authorised party (azp)", refused.getMessage());
    }

    @Test
    void rejectsATokenIssuedToAnotherAuthorisedParty() throws JOSEException {
        String token = rs256(valid().audience(List.of("other-app", CLIENT))
                .claim("azp", "other-app")
                .build());
        SecurityException refused = assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
        assertEquals("ID token was issued to another authorised party: other-app", refused.getMessage());
    }

    @Test
    void acceptsASingleAudienceWithVigieAsAuthorisedParty() throws JOSEException {
        String token = rs256(valid().claim("azp", CLIENT).build());
        assertEquals("a.martin", verifier.verify(token, NONCE).getSubject());
    }

    @Test
    void acceptsATokenExpiredWithinTheClockSkew() throws JOSEException {
        String token =
                rs256(valid().expirationTime(Date.from(NOW.minusSeconds(59))).build());
        assertEquals("a.martin", verifier.verify(token, NONCE).getSubject());
    }

    @Test
    void rejectsAnExpiredToken() throws JOSEException {
        String token =
                rs256(valid().expirationTime(Date.from(NOW.minusSeconds(61))).build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsATokenWithoutExpiry() throws JOSEException {
        String token = rs256(valid().expirationTime(null).build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsATokenSignedByAnotherKeyUnderTheProvidersKeyId() throws JOSEException {
        RSAKey intruder = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        String token = signed(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(intruder), valid().build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsATokenSignedByAnUnknownKey() throws JOSEException {
        RSAKey intruder = new RSAKeyGenerator(2048).keyID("rsa-9").generate();
        String token = signed(JWSAlgorithm.RS256, "rsa-9", new RSASSASigner(intruder), valid().build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsAnotherIssuer() throws JOSEException {
        String token = rs256(valid().issuer(ISSUER + "-evil").build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsAnotherAudience() throws JOSEException {
        String token = rs256(valid().audience("other-app").build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsAnotherNonce() throws JOSEException {
        String token = rs256(valid().build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE + "x"));
    }

    @Test
    void rejectsATokenWithoutNonce() throws JOSEException {
        String token = rs256(valid().claim("nonce", null).build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsAnUnsignedToken() {
        String token = new PlainJWT(valid().build()).serialize();
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsAnHmacToken() throws JOSEException {
        byte[] secret = "a client secret of thirty-two bytes or more".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String token = signed(JWSAlgorithm.HS256, "rsa-1", new MACSigner(secret), valid().build());
        assertThrows(SecurityException.class, () -> verifier.verify(token, NONCE));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(SecurityException.class, () -> verifier.verify("not.a.jwt", NONCE));
    }
}
