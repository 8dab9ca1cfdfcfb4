package fr.vigie.sanctions.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.inspections.api.FollowUp;
import fr.vigie.inspections.api.InspectionClosedWithFollowUp;
import fr.vigie.inspections.api.PublishedFinding;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.web.LinkedCase;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.CaseStatus;
import fr.vigie.sanctions.domain.DutyRefused;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.Impartiality;
import fr.vigie.sanctions.domain.InterestDeclaration;
import fr.vigie.sanctions.domain.NoticeRepository;
import fr.vigie.sanctions.domain.NoticeStatus;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.Undertaking;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inspections module's event opens a notice draft or a case awaiting referral, keeping the team out of judging. */
class InspectionFollowUpsTest {
    private final Map<String, FormalNotice> notices = new HashMap<>();
    private final Map<String, SanctionCase> cases = new HashMap<>();
    private final List<AuditRecord> audited = new ArrayList<>();

    private InspectionFollowUps followUps() {
        InspectionFollowUps f = new InspectionFollowUps();
        f.notices = new NoticeRepository() {
            public String nextReference(int year) {
                return "MD-" + year + "-00000" + (notices.size() + 1);
            }

            public Optional<FormalNotice> find(String reference) {
                return Optional.ofNullable(notices.get(reference));
            }

            public void store(FormalNotice notice) {
                notices.put(notice.reference(), notice);
            }

            public List<FormalNotice> fromInspection(String inspection) {
                return notices.values().stream()
                        .filter(n -> n.originInspection() != null
                                && n.originInspection().toString().equals(inspection))
                        .toList();
            }

            public void flush() {}
        };
        f.cases = new CaseRepository() {
            public String nextReference(int year) {
                return "SAN-" + year + "-00000" + (cases.size() + 1);
            }

            public Optional<SanctionCase> find(String reference) {
                return Optional.ofNullable(cases.get(reference));
            }

            public void store(SanctionCase c) {
                cases.put(c.reference(), c);
            }

            public List<SanctionCase> fromInspection(String inspection) {
                return cases.values().stream()
                        .filter(c -> c.origin().inspection() != null
                                && c.origin().inspection().toString().equals(inspection))
                        .toList();
            }

            public List<SanctionCase> dueForAnonymisation(LocalDate today) {
                return List.of();
            }

            public Set<String> interestedIn(Long organisationId, Undertaking undertaking) {
                return Set.of();
            }

            public void store(InterestDeclaration declaration) {}

            public void flush() {}
        };
        f.audit = audited::add;
        f.eventLog = new SanctionEventLog();
        f.eventLog.audit = audited::add;
        f.organisationLinks = new OrganisationLinks();
        // The directory knows the inspected organisation's SIREN as organisation 42.
        f.organisationLinks.directory = (module, number, name, country) ->
                "732829320".equals(number) ? OptionalLong.of(42) : OptionalLong.empty();
        f.stamps = new Stamps() {
            @Override
            public Stamp now() {
                return new Stamp("head", Instant.parse("2026-03-02T10:00:00Z"), LocalDate.of(2026, 3, 2));
            }
        };
        return f;
    }

    private static InspectionClosedWithFollowUp event(FollowUp followUp) {
        return new InspectionClosedWithFollowUp(
                CaseRef.parse("inspections:CTL-2026-0042"),
                followUp,
                "Acme",
                "732829320",
                List.of(new PublishedFinding("RGPD art. 32", FindingSeverity.SERIOUS, "Clear passwords")),
                Set.of("ines"),
                List.of(),
                "Serious",
                LocalDate.of(2026, 3, 2),
                "head");
    }

    @Test
    void theInspectionsFileShowsTheNoticeAndTheCaseOpenedFromItWithTheirStatus() {
        InspectionFollowUps f = followUps();
        String notice = f.take(event(FollowUp.FORMAL_NOTICE_PROPOSED));
        String sanctionCase = f.take(event(FollowUp.REFERRAL_TO_SANCTIONS));
        LinkedSanctions linked = new LinkedSanctions();
        linked.notices = f.notices;
        linked.cases = f.cases;

        List<LinkedCase> fromInspection =
                linked.linkedTo(CaseRef.parse("inspections:CTL-2026-0042"), java.util.Locale.ENGLISH);

        assertEquals(2, fromInspection.size(), fromInspection.toString());
        assertEquals("Formal notice " + notice, fromInspection.get(0).label());
        assertEquals(
                "/sanctions/notice.xhtml?reference=" + notice,
                fromInspection.get(0).path());
        assertEquals("Sanction case " + sanctionCase, fromInspection.get(1).label());
        assertEquals(
                "/sanctions/case.xhtml?reference=" + sanctionCase,
                fromInspection.get(1).path());
        assertEquals(
                "À saisir",
                linked.linkedTo(CaseRef.parse("inspections:CTL-2026-0042"), java.util.Locale.FRENCH)
                        .get(1)
                        .status());
        assertEquals(List.of(), linked.linkedTo(CaseRef.parse("inspections:CTL-2026-9999"), java.util.Locale.FRENCH));
        assertEquals(List.of(), linked.linkedTo(CaseRef.parse("sanctions:" + sanctionCase), java.util.Locale.FRENCH));
    }

    @Test
    void formalNoticeProposedBecomesADraftWithTheFindings() {
        String ref = followUps().take(event(FollowUp.FORMAL_NOTICE_PROPOSED));
        FormalNotice n = notices.get(ref);
        assertEquals(NoticeStatus.DRAFT, n.status());
        assertEquals("RGPD art. 32", n.breaches().get(0).article());
        assertEquals("inspections:CTL-2026-0042", n.originInspection().toString());
        assertEquals("FORMAL_NOTICE_PREPARED", audited.get(0).action());
        assertEquals(Optional.of(42L), n.organisationId(), "linked to the directory by its SIREN");
    }

    @Test
    void referralProposedOpensACaseWhoseInspectorsCannotBeRapporteur() {
        String ref = followUps().take(event(FollowUp.REFERRAL_TO_SANCTIONS));
        SanctionCase c = cases.get(ref);
        assertEquals(CaseStatus.AWAITING_REFERRAL, c.status());
        c.refer(Reason.of("Serious"), new Stamp("president", Instant.now(), LocalDate.of(2026, 3, 3)));
        assertThrows(
                DutyRefused.class,
                () -> c.appointRapporteur(
                        "ines", Impartiality.none(), new Stamp("president", Instant.now(), LocalDate.of(2026, 3, 3))));
        assertTrue(audited.stream().anyMatch(a -> a.action().equals("SANCTION_CASE_OPENED")));
    }
}
