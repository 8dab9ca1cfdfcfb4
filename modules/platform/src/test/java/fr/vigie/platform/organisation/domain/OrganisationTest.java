package fr.vigie.platform.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTest {
    private static final Stamp STAMP =
            new Stamp("alice", Instant.parse("2026-03-02T10:00:00Z"), LocalDate.of(2026, 3, 2));

    private static Organisation organisation(String siren, String name) {
        return Organisation.register(
                OrganisationIdentity.of(siren, null, name, "5710", "62.01Z", null), Contact.none(), STAMP);
    }

    @Test
    void registersWithACheckedIdentity() {
        Organisation o = Organisation.register(
                OrganisationIdentity.of("732 829 320", "73282932000074", " Société Exemple ", "5710", "62.01z", "fr"),
                Contact.of("DPO", "dpo@example.fr"),
                STAMP);
        assertEquals("732829320", o.identity().siren());
        assertEquals("73282932000074", o.identity().headOfficeSiret());
        assertEquals("Société Exemple", o.identity().name());
        assertEquals("62.01Z", o.identity().naf());
        assertEquals("FR", o.identity().country());
        assertEquals("alice", o.createdBy());
        assertEquals(Organisation.Source.MANUAL, o.source());
    }

    @Test
    void refusesEveryBadFieldAtOnce() {
        DomainException e = assertThrows(
                DomainException.class, () -> OrganisationIdentity.of("732829321", "1234", "", "57", "6201", "France"));
        List<String> fields = e.all().stream().map(DomainException::field).toList();
        assertEquals(List.of("country", "siren", "siret", "name", "legalForm", "naf"), fields);
        assertEquals("siren.checksum", e.all().get(1).key());
    }

    @Test
    void aFrenchOrganisationNeedsASirenAForeignOneDoesNot() {
        DomainException e =
                assertThrows(DomainException.class, () -> OrganisationIdentity.of(null, null, "X", null, null, "FR"));
        assertEquals("organisation.siren.required", e.key());
        assertEquals(
                "DE",
                OrganisationIdentity.of(null, null, "Beispiel GmbH", null, null, "de")
                        .country());
    }

    @Test
    void theHeadOfficeBelongsToTheUnit() {
        DomainException e = assertThrows(
                DomainException.class,
                () -> OrganisationIdentity.of("552100554", "73282932000074", "X", null, null, null));
        assertEquals("organisation.siret.otherUnit", e.key());
    }

    @Test
    void laPosteEstablishmentsFollowTheirOwnRule() {
        // 35600000000010: digits sum to a multiple of 5, not Luhn-valid (INSEE's documented exception).
        OrganisationIdentity laPoste =
                OrganisationIdentity.of("356000000", "35600000000010", "La Poste", null, null, null);
        assertEquals("35600000000010", laPoste.headOfficeSiret());
    }

    @Test
    void correctionChangesOnlyWhatDiffers() {
        Organisation o = organisation("732829320", "Exemple");
        assertFalse(o.correctIdentity(
                OrganisationIdentity.of("732829320", null, "Exemple", "5710", "62.01Z", null), STAMP));
        assertTrue(o.correctIdentity(
                OrganisationIdentity.of("732829320", null, "Exemple SA", "5710", "62.01Z", null), STAMP));
        assertEquals("Exemple SA", o.identity().name());
    }

    @Test
    void turnoverIsKeptPerFinancialYearAndReplaced() {
        Organisation o = organisation("732829320", "Exemple");
        assertEquals(Optional.empty(), o.recordTurnover(2024, Money.euros(1_000_000), STAMP));
        assertEquals(Optional.of(Money.euros(1_000_000)), o.recordTurnover(2024, Money.euros(1_200_000), STAMP));
        o.recordTurnover(2025, Money.euros(900_000), STAMP);
        assertEquals(
                List.of(2025, 2024),
                o.turnovers().stream().map(Turnover::financialYear).toList());
        assertEquals(Money.euros(1_200_000), o.turnoverOf(2024).orElseThrow().amount());
    }

    @Test
    void refusesAFutureFinancialYear() {
        Organisation o = organisation("732829320", "Exemple");
        DomainException e = assertThrows(DomainException.class, () -> o.recordTurnover(2027, Money.euros(1), STAMP));
        assertEquals("organisation.turnover.year", e.key());
    }

    @Test
    void aGroupCannotContainItself() {
        Organisation holding = organisation("552100554", "Holding");
        Organisation subsidiary = organisation("732829320", "Filiale");
        Organisation grandChild = organisation("542065479", "Petite-fille");
        subsidiary.attachToGroup(holding, STAMP);
        grandChild.attachToGroup(subsidiary, STAMP);
        assertSame(holding, grandChild.undertaking());

        assertEquals(
                "organisation.group.self",
                assertThrows(DomainException.class, () -> holding.attachToGroup(holding, STAMP))
                        .key());
        DomainException cycle = assertThrows(DomainException.class, () -> holding.attachToGroup(grandChild, STAMP));
        assertEquals("organisation.group.cycle", cycle.key());
        assertEquals("parent", cycle.field());
        assertTrue(holding.parent().isEmpty());

        grandChild.detachFromGroup(STAMP);
        assertSame(grandChild, grandChild.undertaking());
    }

    @Test
    void contactIsChecked() {
        assertEquals(
                "organisation.contact.emailInvalid",
                assertThrows(DomainException.class, () -> Contact.of("DPO", "not-an-address"))
                        .key());
        Organisation o = organisation("732829320", "Exemple");
        assertTrue(o.changeContact(Contact.of("DPO", "dpo@exemple.fr"), STAMP));
        assertFalse(o.changeContact(Contact.of("DPO", "dpo@exemple.fr"), STAMP));
    }

    @Test
    void aPartlyPublicUnitHasAnIdentityWithoutName() {
        OrganisationIdentity identity =
                OrganisationIdentity.withoutPublicName("732829320", null, "1000", "85.59A", null);
        assertEquals(null, identity.name());
        assertEquals("732829320", identity.siren());
        assertEquals(
                "siren.checksum",
                assertThrows(
                                DomainException.class,
                                () -> OrganisationIdentity.withoutPublicName("732829321", null, null, null, null))
                        .key());
    }
}
