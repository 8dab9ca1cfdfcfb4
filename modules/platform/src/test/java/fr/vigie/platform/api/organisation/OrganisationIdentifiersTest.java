package fr.vigie.platform.api.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import org.junit.jupiter.api.Test;

class OrganisationIdentifiersTest {

    @Test
    void sirenWithValidLuhnIsAcceptedWithSpaces() {
        assertEquals("732829320", Siren.parse("732 829 320", "siren").value());
    }

    @Test
    void sirenWithWrongCheckDigitIsRefusedOnItsField() {
        DomainException e = assertThrows(DomainException.class, () -> Siren.parse("732829321", "orgSiren"));
        assertEquals("siren.checksum", e.key());
        assertEquals("orgSiren", e.field());
    }

    @Test
    void sirenOfWrongLengthIsAFormatError() {
        assertEquals(
                "siren.format",
                assertThrows(DomainException.class, () -> Siren.parse("12345", "s"))
                        .key());
    }

    @Test
    void siretFollowsLuhnAndGivesItsSiren() {
        Siret siret = Siret.parse("73282932000074", "siret");
        assertEquals("732829320", siret.siren().value());
        assertFalse(Siret.isValid("73282932000075"));
    }

    @Test
    void laPosteEstablishmentsSumToAMultipleOfFive() {
        // 3+5+6 + 0+0+0+0+0+0 + 0+0+0+1+0 = 15: La Poste's rule, not Luhn.
        assertTrue(Siret.isValid("35600000000010"));
        assertFalse(Siret.isValid("35600000000011"));
    }

    @Test
    void eitherNumberIsReadByItsLength() {
        assertFalse(OrganisationNumber.parse("732829320", "n").isSiret());
        assertTrue(OrganisationNumber.parse("73282932000074", "n").isSiret());
        assertEquals(
                "organisation.number.format",
                assertThrows(DomainException.class, () -> OrganisationNumber.parse("7328293200", "n"))
                        .key());
    }
}
