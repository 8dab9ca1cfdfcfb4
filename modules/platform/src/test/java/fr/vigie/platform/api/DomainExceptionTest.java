package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void severalFieldsAtOnceReadAsTheFirst() {
        DomainException a = DomainException.onField("siren", "siren.format", "12");
        DomainException b = DomainException.onField("amount", "money.amount.required");
        DomainException both = DomainException.ofAll(List.of(a, b));
        assertEquals("siren", both.field());
        assertEquals("siren.format", both.key());
        assertEquals(
                List.of("siren", "amount"),
                both.all().stream().map(DomainException::field).toList());
        assertSame(a, DomainException.ofAll(List.of(a)));
        assertEquals(List.of(a), a.all());
    }

    @Test
    void aForbiddenRefusalSaysSoInItsKey() {
        assertTrue(
                DomainException.forbidden("error.document.attachForbidden", "x").isForbidden());
        assertFalse(DomainException.onField("siren", "siren.format", "12").isForbidden());
        assertThrows(IllegalArgumentException.class, () -> DomainException.forbidden("error.notFound"));
    }

    @Test
    void aRefusalMovedToAnotherFieldSaysTheSame() {
        DomainException typed = DomainException.onField("date", "siren.format", "12");
        DomainException moved = typed.forField("on");
        assertEquals("on", moved.field());
        assertEquals(typed.key(), moved.key());
        assertEquals(typed.bundle(), moved.bundle());
        assertEquals(List.of("12"), List.of(moved.args()));
        assertEquals(typed.getMessage(), moved.getMessage());
    }
}
