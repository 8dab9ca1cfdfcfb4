package fr.vigie.inspections.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ADR 7: an inspector's declaration of interest is compared by directory id first, then by SIREN or name. */
class InterestDeclarationTest {
    private static final Organisation JEUX = Organisation.of("Jeux en ligne SAS", "73282932000074", "FR", false, false);

    private static InterestDeclaration declared(String name, String number, Long directoryId) {
        InterestDeclaration d =
                new InterestDeclaration("insp1", name, number, "Ancien salarié", InspectionLifecycleTest.as("insp1"));
        if (directoryId != null) {
            d.referToDirectory(directoryId);
        }
        return d;
    }

    @Test
    void theSameDirectoryIdExcludesWhateverTheSpellingOrTheNumberDeclared() {
        assertTrue(declared("JEL (groupe)", "552100554", 42L).concerns(42L, JEUX));
    }

    @Test
    void twoDifferentDirectoryIdsDoNotExcludeEvenWithTheSameNameOrSiren() {
        // the directory is authoritative (one record per SIREN): two ids are two organisations, namesakes
        assertFalse(declared("Jeux en ligne SAS", null, 43L).concerns(42L, JEUX));
        assertFalse(declared("Jeux en ligne SAS", "732829320", 43L).concerns(42L, JEUX));
    }

    @Test
    void withoutAnIdOnOneSideTheSirenThenTheNameDecide() {
        assertTrue(declared("Autre nom", "732829320", 43L).concerns(null, JEUX));
        assertTrue(declared("jeux en ligne sas", null, null).concerns(42L, JEUX));
        assertFalse(declared("Jeux en ligne SAS", "552100554", null).concerns(42L, JEUX));
        assertFalse(declared("Autre", null, null).concerns(42L, JEUX));
    }
}
