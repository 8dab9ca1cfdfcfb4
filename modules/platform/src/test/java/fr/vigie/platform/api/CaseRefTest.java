package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRefTest {
    @Test
    void parsesAndPrintsTheSameForm() {
        CaseRef ref = CaseRef.parse("complaints:PL-2026-000123");
        assertEquals("complaints", ref.module());
        assertEquals("PL-2026-000123", ref.reference());
        assertEquals("complaints:PL-2026-000123", ref.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nocolon", ":REF", "Complaints:X", "complaints:", "complaints:a b", "c:X"})
    void rejectsMalformedReferencesOnTheCaseRefField(String text) {
        DomainException e = assertThrows(DomainException.class, () -> CaseRef.parse(text));
        assertEquals("caseRef", e.field());
        assertEquals("error.caseRef.invalid", e.key());
    }

    @Test
    void messagesExistInFrenchAndEnglish() {
        DomainException e = assertThrows(DomainException.class, () -> Reason.require("  "));
        assertEquals("reason", e.field());
        assertEquals("Give the reason for this action: it is kept in the audit trail.", e.getMessage());
        assertEquals(
                "Indiquez le motif de cette action : il est conservé dans le journal d'audit.",
                e.localizedMessage(Locale.FRENCH));
    }
}
