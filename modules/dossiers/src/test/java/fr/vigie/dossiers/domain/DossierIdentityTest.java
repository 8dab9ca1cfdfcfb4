package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A dossier's identity is its reference, given at creation: saved or not. */
class DossierIdentityTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void anUnsavedDossierEqualsItselfAndStaysInASet() {
        Dossier d = Fixtures.draft(Procedure.values()[0], DAY);
        assertEquals(d, d);
        Set<Dossier> set = new HashSet<>();
        set.add(d);
        assertTrue(set.contains(d));
    }

    @Test
    void theSameReferenceIsTheSameDossierAndAnotherIsNot() {
        DossierReference reference = DossierReference.of(2026, 424_242);
        Dossier one = new Dossier(reference, Fixtures.complete(Procedure.values()[0]), Fixtures.on(DAY));
        Dossier same = new Dossier(reference, Fixtures.complete(Procedure.values()[0]), Fixtures.on(DAY));
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, Fixtures.draft(Procedure.values()[0], DAY));
    }
}
