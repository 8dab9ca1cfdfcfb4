package fr.vigie.platform.organisation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.organisation.domain.OrganisationIdentity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrolmentIdentityTest {
    @Test
    void aSirenIsTakenAsItIs() {
        assertEquals(Optional.of("732829320"), EnrolmentIdentity.sirenOf("732 829 320"));
    }

    @Test
    void aSiretGivesItsSirenOnly() {
        OrganisationIdentity identity =
                EnrolmentIdentity.of("44306184100047", "Exemple SA", null).orElseThrow();
        assertEquals("443061841", identity.siren());
        assertEquals(null, identity.headOfficeSiret(), "the case may name any establishment, not the head office");
        assertEquals("FR", identity.country());
        assertEquals("Exemple SA", identity.name());
    }

    @Test
    void noNumberABadOneOrABadCheckDigitGiveNothing() {
        assertTrue(EnrolmentIdentity.sirenOf(null).isEmpty());
        assertTrue(EnrolmentIdentity.sirenOf(" ").isEmpty());
        assertTrue(EnrolmentIdentity.sirenOf("12345").isEmpty());
        assertTrue(EnrolmentIdentity.sirenOf("123456789").isEmpty());
        assertTrue(EnrolmentIdentity.sirenOf("ABCDEFGHI").isEmpty());
    }

    @Test
    void aForeignOrganisationWithASirenKeepsItsCountry() {
        assertEquals(
                "DE",
                EnrolmentIdentity.of("552100554", "Beispiel GmbH", "de")
                        .orElseThrow()
                        .country());
    }

    @Test
    void withoutANameNothingIsRegistered() {
        assertTrue(EnrolmentIdentity.of("552100554", "  ", "FR").isEmpty());
        assertTrue(EnrolmentIdentity.of("552100554", "x".repeat(301), "FR").isEmpty());
    }
}
