package fr.vigie.sanctions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.FieldChange;
import fr.vigie.sanctions.domain.Breach;
import fr.vigie.sanctions.domain.Impartiality;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.SanctionEvent;
import fr.vigie.sanctions.domain.Undertaking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit entries written from a sanction case's events are those the services wrote by hand before. */
class SanctionEventLogTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final List<AuditRecord> audited = new ArrayList<>();

    private SanctionEventLog log() {
        SanctionEventLog log = new SanctionEventLog();
        log.audit = audited::add;
        return log;
    }

    private static Stamp by(String actor) {
        return new Stamp(actor, Instant.parse("2026-03-02T09:00:00Z"), DAY);
    }

    private static SanctionCase opened(String notice, CaseRef inspection) {
        return new SanctionCase(
                "SAN-2026-000001",
                new Undertaking("Acme", "732829320", "Acme", Money.euros(new BigDecimal("1000000")), 2025, false),
                List.of(new Breach("RGPD art. 32", "SERIOUS", "Clear passwords")),
                notice,
                inspection,
                Set.of(),
                by("president"));
    }

    @Test
    void everyEventHasAnAuditAction() {
        for (Class<?> kind : SanctionEvent.class.getPermittedSubclasses()) {
            assertNotNull(kind);
        }
        assertEquals(26, SanctionEvent.class.getPermittedSubclasses().length);
        // each kind of event maps to an action (a missing one would throw when written)
        Arrays.stream(SanctionEvent.class.getPermittedSubclasses())
                .forEach(k -> assertNotNull(SanctionEventLog.ACTIONS.get(k), k.getSimpleName()));
    }

    @Test
    void anOpeningNamesItsOriginAndTheReasonGivenByTheService() {
        SanctionCase c = opened("MD-2026-000007", CaseRef.parse("inspections:CTL-2026-0042"));
        log().write(c, "Not complied with");
        assertEquals(1, audited.size());
        AuditRecord r = audited.get(0);
        assertEquals("SANCTION_CASE_OPENED", r.action());
        assertEquals("Not complied with", r.reason());
        assertEquals(c.caseRef(), r.caseRef());
        assertEquals(List.of(new FieldChange("origin", null, "MD-2026-000007")), r.changes());

        audited.clear();
        log().write(opened(null, null));
        assertEquals(List.of(), audited.get(0).changes(), "a case opened directly names no origin");
        assertEquals(null, audited.get(0).reason());
    }

    @Test
    void anActWritesItsActionReasonStatusAndProcedure() {
        SanctionCase c = opened(null, null);
        c.events().drain();
        c.refer(Reason.of("Serious"), by("president"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        c.chooseSimplified(Reason.of("Simple facts"), by("chair"));
        log().write(c);
        assertEquals(
                List.of("SANCTION_CASE_REFERRED", "RAPPORTEUR_APPOINTED", "SIMPLIFIED_PROCEDURE_CHOSEN"),
                audited.stream().map(AuditRecord::action).toList());
        assertEquals("Serious", audited.get(0).reason());
        assertEquals(
                List.of(
                        new FieldChange("status", "AWAITING_REFERRAL", "REFERRED"),
                        new FieldChange("procedure", "ORDINARY", "ORDINARY")),
                audited.get(0).changes());
        assertEquals(null, audited.get(1).reason());
        assertEquals(
                List.of(
                        new FieldChange("status", "INSTRUCTION", "INSTRUCTION"),
                        new FieldChange("procedure", "ORDINARY", "SIMPLIFIED")),
                audited.get(2).changes());
        assertEquals(List.of(), c.events().pending(), "written once");
    }

    @Test
    void aDecisionByTheChairAloneAndAnAnonymisationKeepTheirOwnEntries() {
        SanctionCase c = opened(null, null);
        SanctionEvent.Change none = new SanctionEvent.Change(null, null, null, null);
        assertEquals(
                "DECISION_ADOPTED_BY_CHAIR_ALONE",
                SanctionEventLog.action(
                        new SanctionEvent.Decided(c.caseRef(), none, by("chair"), List.of(), "r", true)));
        assertEquals(
                "DECISION_ADOPTED",
                SanctionEventLog.action(
                        new SanctionEvent.Decided(c.caseRef(), none, by("chair"), List.of(), "r", false)));
        AuditRecord anonymised =
                SanctionEventLog.entry(new SanctionEvent.PublicationAnonymised(c.caseRef(), none, by("system")), null);
        assertEquals("PUBLICATION_ANONYMISED", anonymised.action());
        assertEquals(
                List.of(new FieldChange("publishedName", "(name)", SanctionCase.ANONYMISED)), anonymised.changes());
    }
}
