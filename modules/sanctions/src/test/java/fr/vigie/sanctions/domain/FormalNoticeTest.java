package fr.vigie.sanctions.domain;

import static fr.vigie.sanctions.domain.Fixtures.DAY;
import static fr.vigie.sanctions.domain.Fixtures.breaches;
import static fr.vigie.sanctions.domain.Fixtures.by;
import static fr.vigie.sanctions.domain.Fixtures.undertaking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormalNoticeTest {

    private FormalNotice draft(CompliancePeriod period) {
        return new FormalNotice(
                "MD-2026-000001",
                undertaking(),
                breaches(),
                "Hash the passwords",
                period,
                CaseRef.parse("inspections:CTL-2026-0042"),
                Set.of("ines"),
                by("chloe"));
    }

    @Test
    void defaultPeriodIsThreeMonthsFromSigning() {
        FormalNotice n = draft(null);
        assertEquals(Set.of(NoticeAct.EDIT, NoticeAct.SIGN), n.availableActs());
        n.sign(by("president"));
        assertEquals(NoticeStatus.RUNNING, n.status());
        assertEquals(DAY.plusMonths(3), n.dueOn());
        assertEquals("president", n.signedBy());
    }

    @Test
    void periodBelowTenDaysIsRefusedOnItsField() {
        SanctionsException e = assertThrows(SanctionsException.class, () -> new CompliancePeriod(9, "days"));
        assertEquals("periodAmount", e.field());
        assertEquals("notice.period.tooShort", e.key());
        assertEquals(DAY.plusDays(10), new CompliancePeriod(10, "days").dueFrom(DAY));
    }

    @Test
    void signingNeedsBreachesAndMeasures() {
        FormalNotice n =
                new FormalNotice("MD-2026-000002", undertaking(), List.of(), null, null, null, Set.of(), by("chloe"));
        SanctionsException e = assertThrows(SanctionsException.class, () -> n.sign(by("president")));
        assertEquals("breaches", e.field());
    }

    @Test
    void extendableOnceWithAReason() {
        FormalNotice n = draft(new CompliancePeriod(30, "days"));
        n.sign(by("president"));
        assertThrows(SanctionsException.class, () -> n.extend(15, "days", " ", by("president")));
        n.extend(15, "days", "Works in progress", by("president"));
        assertEquals(DAY.plusDays(45), n.dueOn());
        assertFalse(n.availableActs().contains(NoticeAct.EXTEND));
        SanctionsException e =
                assertThrows(SanctionsException.class, () -> n.extend(1, "days", "again", by("president")));
        assertEquals("notice.extend.once", e.key());
    }

    @Test
    void madePublicWithReasonsThenNotCompliedOpensACase() {
        FormalNotice n = draft(null);
        n.sign(by("president"));
        assertThrows(SanctionsException.class, () -> n.makePublic("", by("president")));
        n.makePublic("Millions of people concerned", by("president"));
        assertTrue(n.madePublic());
        n.findNotComplied("Still in clear", "SAN-2026-000001", by("president"));
        assertEquals(NoticeStatus.NOT_COMPLIED, n.status());
        assertEquals("SAN-2026-000001", n.sanctionCase());
        assertTrue(n.availableActs().isEmpty());
    }

    @Test
    void compliedCloses() {
        FormalNotice n = draft(null);
        assertThrows(SanctionsException.class, () -> n.closeComplied("ok", by("president")));
        n.sign(by("president"));
        n.closeComplied("Passwords now hashed", by("president"));
        assertEquals(NoticeStatus.COMPLIED, n.status());
        assertEquals(LocalDate.of(2026, 3, 2), n.assessedOn());
    }
}
