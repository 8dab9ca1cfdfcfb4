package fr.vigie.platform.access.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.access.ReadKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccessLogFilterTest {

    @Test
    void blankCriteriaDoNotFilter() {
        AccessLogFilter filter = AccessLogFilter.of(" ", "", null, null, null);
        assertEquals(AccessLogFilter.NONE, filter);
    }

    @Test
    void rawParametersAreUnderstood() {
        AccessLogFilter filter = AccessLogFilter.of(
                " Handler ",
                "complaints:PL-2026-000123",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1),
                "file_opened");
        assertEquals("handler", filter.user());
        assertEquals(new CaseRef("complaints", "PL-2026-000123"), filter.caseRef());
        assertEquals(ReadKind.FILE_OPENED, filter.kind());
    }

    @Test
    void badParametersAreRefusedOnTheirField() {
        DomainException kind =
                assertThrows(DomainException.class, () -> AccessLogFilter.of(null, null, null, null, "peek"));
        assertEquals("kind", kind.field());
        assertEquals("error.accessLog.kind", kind.key());
        DomainException range = assertThrows(
                DomainException.class,
                () -> AccessLogFilter.of(null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null));
        assertEquals("from", range.field());
        DomainException caseRef =
                assertThrows(DomainException.class, () -> AccessLogFilter.of(null, "no colon", null, null, null));
        assertEquals("caseRef", caseRef.field());
    }

    @Test
    void detailsAreCutToTheirColumn() {
        assertNull(ReadAccessRecorder.cut("   "));
        assertEquals("a.pdf", ReadAccessRecorder.cut(" a.pdf "));
        assertEquals(
                ReadAccessRecorder.DETAIL_LENGTH,
                ReadAccessRecorder.cut("x".repeat(1000)).length());
    }
}
