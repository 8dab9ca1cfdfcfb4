package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReasonTest {
    @Test
    void aReasonIsKeptTrimmed() {
        assertEquals("Pièce reçue", Reason.of("  Pièce reçue ").text());
    }

    @Test
    void aBlankReasonIsRefusedOnTheReasonField() {
        DomainException refused = assertThrows(DomainException.class, () -> Reason.of("  "));
        assertEquals("error.reason.required", refused.key());
        assertEquals("reason", refused.field());
    }

    @Test
    void aReasonOfTheMaximumLengthIsAcceptedOneMoreIsRefused() {
        assertEquals(
                Reason.MAX_LENGTH,
                Reason.of("x".repeat(Reason.MAX_LENGTH)).text().length());
        DomainException refused =
                assertThrows(DomainException.class, () -> Reason.of("x".repeat(Reason.MAX_LENGTH + 1)));
        assertEquals("error.reason.tooLong", refused.key());
    }

    @Test
    void anOptionalReasonLeftOutIsNull() {
        assertNull(Reason.optional(" "));
        assertEquals("Note", Reason.optional("Note").text());
    }
}
