package fr.vigie.inspections.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.inspections.api.FollowUp;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionStatus;
import fr.vigie.inspections.domain.InspectionType;
import fr.vigie.inspections.domain.NewInspection;
import fr.vigie.inspections.domain.Organisation;
import fr.vigie.inspections.domain.Origin;
import fr.vigie.inspections.domain.Outcome;
import fr.vigie.inspections.domain.StoredDocument;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit entries written from the recorded facts are those the use cases used to build by hand
 * after each verb: same actions, same reasons, same changed fields, in the same order.
 */
class InspectionEventLogTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Stamp as(String actor) {
        return new Stamp(actor, Instant.parse(TODAY + "T10:00:00Z"), TODAY);
    }

    static StoredDocument doc(String name) {
        return new StoredDocument(UUID.randomUUID(), name, "ab".repeat(32));
    }

    private final List<AuditRecord> written = new ArrayList<>();
    private final InspectionEventLog log = new InspectionEventLog(written::add);

    private AuditRecord only(Inspection i) {
        written.clear();
        log.write(i);
        assertEquals(1, written.size(), written.toString());
        return written.get(0);
    }

    @Test
    void eachVerbIsAuditedAsBefore() {
        Organisation org = Organisation.of("Jeux en ligne SAS", "732 829 320", "FR", false, true);
        Inspection i = new Inspection(
                InspectionReference.of(2026, 42),
                new NewInspection(
                        Origin.COMPLAINT,
                        "complaints:PL-2026-000123",
                        null,
                        InspectionType.ON_SITE,
                        "MINORS",
                        2026,
                        2,
                        org,
                        "Contrôle du recueil du consentement"),
                as("head"));
        assertEquals(
                InspectionAudit.of("INSPECTION_OPENED", i, null)
                        .changed("origin", null, Origin.COMPLAINT + " complaints:PL-2026-000123")
                        .changed("organisation", null, org.name() + " " + org.number())
                        .changed("theme", null, "MINORS")
                        .changed("type", null, InspectionType.ON_SITE)
                        .changed("planned", null, 2026 + "-Q" + 2)
                        .build(),
                only(i));

        i.prepare("ines", Set.of("paul"), "Paris", TODAY.plusDays(5), Set.of(), as("head"));
        assertEquals(
                InspectionAudit.of("INSPECTION_PREPARED", i, null)
                        .changed("status", InspectionStatus.PLANNED, InspectionStatus.PREPARED)
                        .changed("team", "", "ines,paul")
                        .changed("missionOrder", null, "Paris " + TODAY.plusDays(5))
                        .build(),
                only(i));

        StoredDocument order = doc("ordre.pdf");
        i.signMissionOrder(order, as("president"));
        assertEquals(
                InspectionAudit.of("INSPECTION_MISSION_ORDER_SIGNED", i, null)
                        .changed("missionOrder", null, "ordre.pdf (sha256 " + "ab".repeat(32) + ")")
                        .build(),
                only(i));

        i.conduct(TODAY, as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_CONDUCTED", i, null)
                        .changed("status", InspectionStatus.PREPARED, InspectionStatus.CONDUCTED)
                        .changed("conductedOn", null, TODAY)
                        .build(),
                only(i));

        i.writeMinutes("Le DPO", "Visite des locaux et examen des registres.", as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_MINUTES_WRITTEN", i, null)
                        .changed("minutes", null, "written")
                        .build(),
                only(i));
        i.writeMinutes("Le DPO", "Visite des locaux et examen complet des registres.", as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_MINUTES_WRITTEN", i, null)
                        .changed("minutes", "written", "written")
                        .build(),
                only(i));

        var finding = i.addFinding(
                "RGPD art. 32",
                FindingSeverity.SERIOUS,
                "Mots de passe en clair",
                List.of(),
                Reason.of("noté sur place"),
                as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_FINDING_ADDED", i, "noté sur place")
                        .changed("finding", null, finding.id() + " RGPD art. 32 " + FindingSeverity.SERIOUS)
                        .build(),
                only(i));

        StoredDocument evidence = doc("capture.png");
        i.attachEvidence("capture.png", evidence, as("paul"));
        assertEquals(
                InspectionAudit.of("INSPECTION_EVIDENCE_ATTACHED", i, null)
                        .changed("document", null, evidence.describe())
                        .build(),
                only(i));

        String hash = i.notifyMinutes(as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_MINUTES_NOTIFIED", i, null)
                        .changed("status", InspectionStatus.CONDUCTED, InspectionStatus.MINUTES_NOTIFIED)
                        .changed("minutesSha256", null, hash)
                        .changed("findings", null, 1)
                        .build(),
                only(i));

        var late = i.addFinding(
                "RGPD art. 5", FindingSeverity.MINOR, "Conservation", List.of(), Reason.of("Pièce reçue"), as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_ADDENDUM_FINDING", i, "Pièce reçue")
                        .changed("finding", null, late.id() + " RGPD art. 5 " + FindingSeverity.MINOR)
                        .build(),
                only(i));

        i.addAddendum(Reason.of("Erreur matérielle"), "Le nom du DPO est corrigé.", as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_ADDENDUM_ADDED", i, "Erreur matérielle")
                        .changed("addenda", 1, 2)
                        .build(),
                only(i));

        StoredDocument observations = doc("observations.pdf");
        i.recordObservations(TODAY, observations, as("head"));
        assertEquals(
                InspectionAudit.of("INSPECTION_OBSERVATIONS_RECEIVED", i, null)
                        .changed("status", InspectionStatus.MINUTES_NOTIFIED, InspectionStatus.OBSERVATIONS_CLOSED)
                        .changed("observations", null, observations.describe())
                        .build(),
                only(i));

        i.close(Outcome.RECOMMENDATIONS, Reason.of("Tenir le registre"), as("head"));
        assertEquals(
                InspectionAudit.of("INSPECTION_CLOSED", i, "Tenir le registre")
                        .changed("status", InspectionStatus.OBSERVATIONS_CLOSED, InspectionStatus.CLOSED)
                        .changed("outcome", null, Outcome.RECOMMENDATIONS)
                        .build(),
                only(i));

        StoredDocument letter = doc("lettre.pdf");
        i.attachClosureLetter(letter);
        assertEquals(
                InspectionAudit.of("INSPECTION_CLOSURE_LETTER_ISSUED", i, null)
                        .changed("closureLetter", null, letter.describe())
                        .build(),
                only(i));

        written.clear();
        log.followUpPublished(i, FollowUp.FORMAL_NOTICE_PROPOSED);
        assertEquals(
                List.of(InspectionAudit.of("INSPECTION_FOLLOW_UP_PUBLISHED", i, "Tenir le registre")
                        .changed("followUp", null, FollowUp.FORMAL_NOTICE_PROPOSED)
                        .changed("team", null, "ines,paul")
                        .build()),
                written);
    }

    @Test
    void theElapsedPeriodAndARemovedFindingAreAuditedAsBefore() throws ReflectiveOperationException {
        Inspection i = new Inspection(
                InspectionReference.of(2026, 7),
                new NewInspection(
                        Origin.PROGRAMME,
                        null,
                        null,
                        InspectionType.ONLINE,
                        "AI",
                        2026,
                        1,
                        Organisation.of("Foreign GmbH", null, "DE", false, false),
                        "Objet du contrôle"),
                as("head"));
        assertEquals(
                InspectionAudit.of("INSPECTION_OPENED", i, null)
                        .changed("origin", null, "PROGRAMME")
                        .changed("organisation", null, "Foreign GmbH ")
                        .changed("theme", null, "AI")
                        .changed("type", null, InspectionType.ONLINE)
                        .changed("planned", null, "2026-Q1")
                        .build(),
                only(i));
        i.prepare("ines", Set.of(), "Berlin", TODAY, Set.of(), as("head"));
        i.signMissionOrder(doc("ordre.pdf"), as("president"));
        i.conduct(TODAY, as("ines"));
        i.writeMinutes("Le DPO", "Visite des locaux et examen des registres.", as("ines"));
        var finding = i.addFinding("RGPD art. 5", FindingSeverity.MINOR, "Conservation", List.of(), null, as("ines"));
        Field id = finding.getClass().getDeclaredField("id");
        id.setAccessible(true);
        id.set(finding, 5L); // as the database would have numbered it
        i.drainEvents();
        i.removeFinding(5L, as("ines"));
        assertEquals(
                InspectionAudit.of("INSPECTION_FINDING_REMOVED", i, null)
                        .changed("finding", 5L, null)
                        .build(),
                only(i));
        i.notifyMinutes(as("ines"));
        i.drainEvents();
        LocalDate end = TODAY.minusDays(1);
        i.recordPeriodElapsed(end, as("head"));
        assertEquals(
                InspectionAudit.of("INSPECTION_OBSERVATIONS_PERIOD_ELAPSED", i, null)
                        .changed("status", InspectionStatus.MINUTES_NOTIFIED, InspectionStatus.OBSERVATIONS_CLOSED)
                        .changed("periodEnd", null, end)
                        .build(),
                only(i));
    }
}
