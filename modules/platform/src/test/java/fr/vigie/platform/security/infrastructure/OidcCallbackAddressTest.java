package fr.vigie.platform.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The address the provider sends the browser back to, behind a load balancer or not. */
class OidcCallbackAddressTest {

    @Test
    void fromTheRequestWithoutAPublicAddress() {
        assertEquals(
                "https://vigie-1.internal:9443/vigie/sso/callback",
                OidcClient.callbackAddress(
                        Optional.empty(),
                        "https://vigie-1.internal:9443/vigie/sso/login",
                        "/vigie/sso/login",
                        "/vigie"));
    }

    @Test
    void underThePublicAddressBehindALoadBalancer() {
        assertEquals(
                "https://vigie.example.org/vigie/sso/callback",
                OidcClient.callbackAddress(
                        Optional.of("https://vigie.example.org/"),
                        "http://10.0.0.7:9080/vigie/sso/login",
                        "/vigie/sso/login",
                        "/vigie"));
    }
}
