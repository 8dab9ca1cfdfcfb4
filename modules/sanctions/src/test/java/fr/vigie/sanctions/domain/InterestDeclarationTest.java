package fr.vigie.sanctions.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Recusal from a sanction case by a declaration of interest: group, then directory id (ADR 7), then as declared. */
class InterestDeclarationTest {
    private static final Undertaking ACME =
            new Undertaking("Acme France SAS", "73282932000074", "Groupe Acme", null, null, false);

    private static InterestDeclaration declared(String number, String name, Long directoryId) {
        InterestDeclaration d = new InterestDeclaration(
                number,
                name,
                "Administrateur",
                new Stamp("m1", Instant.parse("2026-03-02T09:00:00Z"), LocalDate.of(2026, 3, 2)));
        if (directoryId != null) {
            d.referToDirectory(directoryId);
        }
        return d;
    }

    @Test
    void theSameDirectoryIdRecusesWhateverTheSpellingOrTheNumberDeclared() {
        assertTrue(declared("552100554", "ACME (filiale FR)", 42L).concerns(42L, ACME));
    }

    @Test
    void twoDifferentDirectoryIdsDoNotRecuseByNameOrNumber() {
        // the directory is authoritative (one record per SIREN): two ids are two organisations
        assertFalse(declared(null, "acme france sas", 43L).concerns(42L, ACME));
        assertFalse(declared("732829320", null, 43L).concerns(42L, ACME));
    }

    @Test
    void anInterestInTheGroupRecusesWhateverTheIds() {
        assertTrue(declared(null, "GROUPE ACME", 7L).concerns(42L, ACME));
    }

    @Test
    void withoutAnIdOnOneSideTheSirenPrefixOrTheNameRecuses() {
        assertTrue(declared("732829320", "Autre nom", 43L).concerns(null, ACME));
        assertTrue(declared(null, "acme france sas", null).concerns(42L, ACME));
        // this module has always recused by name even under another SIREN
        assertTrue(declared("552100554", "Acme France SAS", null).concerns(42L, ACME));
        assertFalse(declared("552100554", "Autre", null).concerns(null, ACME));
    }
}
