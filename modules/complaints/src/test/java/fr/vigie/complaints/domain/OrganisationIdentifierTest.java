package fr.vigie.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.OrganisationNumber;
import fr.vigie.platform.api.organisation.Siren;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The complaint's organisation, identified by the kernel's SIREN or SIRET rule. */
class OrganisationIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "542 051 180", "73282932000074", "78467169500087"})
    void acceptsValidSirenAndSiret(String text) {
        OrganisationNumber id = OrganisationNumber.parse(text, "organisationIdentifier");
        assertEquals(text.replace(" ", ""), id.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "732829321", "73282932000075"})
    void refusesABadChecksumNamingTheField(String text) {
        DomainException e =
                assertThrows(DomainException.class, () -> OrganisationNumber.parse(text, "organisationIdentifier"));
        assertEquals("organisationIdentifier", e.field());
        assertEquals(text.length() == 9 ? "siren.checksum" : "siret.checksum", e.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "ABCDEFGHI", "7328293200007"})
    void refusesAnythingButNineOrFourteenDigits(String text) {
        DomainException e =
                assertThrows(DomainException.class, () -> OrganisationNumber.parse(text, "organisationIdentifier"));
        assertEquals("organisation.number.format", e.key());
    }

    @Test
    void laPosteSiretsFollowTheirOwnRule() {
        // SIREN 356000000, establishment numbers whose digit sum is a multiple of 5
        assertTrue(OrganisationNumber.parse("35600000000001", "x").isSiret());
        assertThrows(DomainException.class, () -> OrganisationNumber.parse("35600000000002", "x"));
    }

    @Test
    void aSiretKnowsItsSiren() {
        OrganisationNumber id = OrganisationNumber.parse("73282932000074", "x");
        assertEquals("732829320", id.siren().value());
        assertFalse(OrganisationNumber.parse("732829320", "x").isSiret());
    }

    @Test
    void aFrenchOrganisationNeedsAnIdentifierAForeignOneDoesNot() {
        ComplaintException e = assertThrows(ComplaintException.class, () -> new Organisation("ACME", "FR", " "));
        assertEquals("organisationIdentifier", e.field());
        assertEquals(null, new Organisation("Acme GmbH", "de", null).identifier());
        assertEquals("DE", new Organisation("Acme GmbH", "de", null).country());
        assertEquals(
                "organisationCountry",
                assertThrows(ComplaintException.class, () -> new Organisation("X", "ZZ", null))
                        .field());
    }

    @Test
    void luhnOnKnownValues() {
        assertTrue(Siren.isValid("972487086"));
        assertFalse(Siren.isValid("972487087"));
    }
}
