package fr.vigie.platform.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryViewTest {
    private static final Instant AT = Instant.parse("2026-12-20T09:00:00Z");

    @Test
    void anErasedReasonIsShownAsTheWordingGiven() {
        AuditEntryView erased = new AuditEntryView(7, AT, "a", "X", "m", "m:1", null, true, "[]", "h");
        assertEquals(
                "Reason erased (data retention)",
                erased.withErasedReasonAs("Reason erased (data retention)").reason());
    }

    @Test
    void aKeptReasonIsShownAsWritten() {
        AuditEntryView kept = new AuditEntryView(7, AT, "a", "X", "m", "m:1", "because", false, "[]", "h");
        assertSame(kept, kept.withErasedReasonAs("Reason erased (data retention)"));
        AuditEntryView none = new AuditEntryView(8, AT, "a", "X", "m", "m:1", null, false, "[]", "h");
        assertSame(none, none.withErasedReasonAs("Reason erased (data retention)"));
    }
}
