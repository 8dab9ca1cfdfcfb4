package fr.vigie.platform.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks made before any statement; the statements themselves are covered by AuditRedactionIT. */
class ReasonRedactorTest {

    @Test
    void casesAreTheModulesOwnNamedAsTheTrailNamesThemOnceEach() {
        assertEquals(
                List.of("complaints:PL-2026-000001", "complaints:PL-2026-000002"),
                ReasonRedactor.casesOf(
                        "complaints",
                        List.of(
                                "complaints:PL-2026-000001",
                                "complaints:PL-2026-000002",
                                "complaints:PL-2026-000001")));
        assertEquals(List.of(), ReasonRedactor.casesOf("complaints", List.of()));
    }

    @Test
    void aModuleCannotEraseTheReasonsOfAnotherModulesCase() {
        IllegalArgumentException other = assertThrows(
                IllegalArgumentException.class,
                () -> ReasonRedactor.casesOf("complaints", List.of("complaints:PL-1", "sanctions:SN-1")));
        assertTrue(
                other.getMessage().contains("sanctions:SN-1 is not a case of module complaints"), other.getMessage());
    }

    @Test
    void aCaseIsNamedWithItsModule() {
        assertThrows(DomainException.class, () -> ReasonRedactor.casesOf("complaints", List.of("PL-2026-000001")));
    }

    @Test
    void anErasureSaysWhyInAtMost200Characters() {
        ReasonRedactor.requireReference("retention run 2027-01-15");
        ReasonRedactor.requireReference("r".repeat(200));
        for (String bad : new String[] {null, "", "   ", "r".repeat(201)}) {
            assertThrows(IllegalArgumentException.class, () -> ReasonRedactor.requireReference(bad), "" + bad);
        }
    }
}
