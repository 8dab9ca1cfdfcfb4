package fr.vigie.platform.security.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OidcClaimValuesTest {
    private final JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .claim("preferred_username", "a.martin")
            .claim("groups", List.of("vigie-agents", "vigie-managers"))
            .build();

    @Test
    void readsASingleValueAListAndAnAbsentClaim() {
        assertEquals(List.of("a.martin"), OidcClient.values(claims, "preferred_username"));
        assertEquals(List.of("vigie-agents", "vigie-managers"), OidcClient.values(claims, "groups"));
        assertEquals(List.of(), OidcClient.values(claims, "roles"));
    }
}
