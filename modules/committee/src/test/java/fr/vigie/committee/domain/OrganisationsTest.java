package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Institut Pasteur | institut pasteur",
                "INSTITUT PASTEUR SA | institut pasteur",
                "Hôpital Européen Georges-Pompidou | hopital europeen georges pompidou",
                "  Société   Générale S.A.S. | societe generale",
                "Données & Santé SAS | donnees sante",
            })
    void nameKeysIgnoreCaseAccentsPunctuationAndLegalForm(String name, String key) {
        assertEquals(key, Organisations.nameKey(name));
    }

    @Test
    void theSameSirenMatchesWhateverTheName() {
        assertTrue(Organisations.sameOrganisation(
                "Pasteur", Fixtures.SIREN_PASTEUR, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
    }

    @Test
    void differentSirensNeverMatchEvenWithTheSameName() {
        assertFalse(Organisations.sameOrganisation(
                "Institut Pasteur", Fixtures.SIREN_OTHER, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
    }

    @Test
    void aDeclarationByNameMatchesAnApplicantWithASiren() {
        assertTrue(Organisations.sameOrganisation(
                "institut pasteur", null, "Institut Pasteur SA", Fixtures.SIREN_PASTEUR));
        assertTrue(
                Organisations.sameOrganisation("Institut Pasteur", Fixtures.SIREN_PASTEUR, "INSTITUT PASTEUR", null));
    }

    @Test
    void otherNamesDoNotMatch() {
        assertFalse(Organisations.sameOrganisation("Institut Curie", null, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
        assertFalse(Organisations.sameOrganisation(null, null, "Institut Pasteur", null));
        assertFalse(Organisations.sameOrganisation("SA", null, "SAS", null), "legal forms alone are no name");
    }

    // ADR 7: the directory id first. Both sides linked: the ids alone decide.

    @Test
    void theSameDirectoryIdMatchesWhateverTheSpellingOrTheNumberTyped() {
        assertTrue(Organisations.sameOrganisation(
                42L, "I. Pasteur (Paris)", null, 42L, "Fondation Institut Pasteur", Fixtures.SIREN_PASTEUR));
        // a SIREN corrected in the directory: the declaration typed the old one
        assertTrue(Organisations.sameOrganisation(
                42L, "Institut Pasteur", Fixtures.SIREN_OTHER, 42L, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
    }

    @Test
    void twoDifferentDirectoryIdsNeverMatchEvenWithTheSameNameKeyOrSiren() {
        // the directory is authoritative and holds one record per SIREN: two ids are two organisations, as two
        // different SIRENs are (namesakes); a wrong match is corrected in the directory, not guessed here
        assertFalse(Organisations.sameOrganisation(42L, "Institut Pasteur", null, 43L, "INSTITUT PASTEUR SA", null));
        assertFalse(Organisations.sameOrganisation(
                42L, "Institut Pasteur", Fixtures.SIREN_PASTEUR, 43L, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
    }

    @Test
    void withoutAnIdOnOneSideTheSirenAndNameRulesDecide() {
        assertTrue(Organisations.sameOrganisation(
                null, "Institut Pasteur", null, 43L, "INSTITUT PASTEUR SA", Fixtures.SIREN_PASTEUR));
        assertTrue(Organisations.sameOrganisation(
                42L, "Pasteur", Fixtures.SIREN_PASTEUR, null, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
        assertFalse(Organisations.sameOrganisation(
                42L, "Institut Pasteur", Fixtures.SIREN_OTHER, null, "Institut Pasteur", Fixtures.SIREN_PASTEUR));
        assertFalse(Organisations.sameOrganisation(null, "Institut Curie", null, 42L, "Institut Pasteur", null));
    }

    @Test
    void aSiretGivesItsSiren() {
        assertEquals("732829320", Organisations.siren("732 829 320 00074", "siren"));
    }

    @Test
    void sirenChecksAreOnTheField() {
        DomainException format = assertThrows(DomainException.class, () -> Organisations.siren("12345", "siren"));
        assertEquals("siren", format.field());
        DomainException luhn = assertThrows(DomainException.class, () -> Organisations.siren("732829321", "siren"));
        assertEquals("siren.checksum", luhn.key());
        assertNull(Organisations.siren("  ", "siren"));
    }

    @Test
    void laPosteSiretsFollowTheirOwnRuleNoLongerAnyValue() {
        // Was accepted unchecked; INSEE's rule for La Poste's establishments now applies.
        assertEquals("356000000", Organisations.siren("35600000000001", "siren"));
        assertEquals(
                "siret.checksum",
                assertThrows(DomainException.class, () -> Organisations.siren("35600000000002", "siren"))
                        .key());
    }
}
