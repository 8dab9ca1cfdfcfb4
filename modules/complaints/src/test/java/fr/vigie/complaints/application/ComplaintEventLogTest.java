package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.Complainant;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintEvent;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.InformationRequest;
import fr.vigie.complaints.domain.LinkKind;
import fr.vigie.complaints.domain.NewComplaint;
import fr.vigie.complaints.domain.Organisation;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityAssessment;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit entries written from the events: the action names and changed fields the use cases
 * wrote by hand before the events existed, so the audit trail reads the same.
 */
class ComplaintEventLogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Stamp STAMP = new Stamp("handler", Instant.parse("2026-03-10T09:00:00Z"), TODAY);
    private static final UUID LETTER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void everyEventTypeHasItsEntry() {
        Set<String> covered = Set.of(
                "Acknowledged",
                "Qualified",
                "Assigned",
                "InstructionStarted",
                "RequestSent",
                "AnswerRecorded",
                "ComplainantInformed",
                "PriorityDecided",
                "Closed",
                "Reopened",
                "LinkNoted",
                "CrossBorderRecorded",
                "CrossBorderCaseFollowed");
        assertEquals(
                covered,
                Arrays.stream(ComplaintEvent.class.getPermittedSubclasses())
                        .map(Class::getSimpleName)
                        .collect(Collectors.toSet()),
                "a new event needs its audit entry here and in ComplaintEventLog");
    }

    @Test
    void lifecycleEntries() {
        Complaint c = complaint();
        Qualification q = new Qualification(true, true, true, "IE");
        List<AuditRecord> entries = ComplaintEventLog.entries(
                c,
                List.of(
                        new ComplaintEvent.Acknowledged(
                                ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, LETTER, STAMP),
                        new ComplaintEvent.Qualified(
                                ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.QUALIFIED, q, "Recevable", STAMP),
                        new ComplaintEvent.Assigned(
                                null, "handler", ComplaintStatus.QUALIFIED, ComplaintStatus.ASSIGNED, "Charge", STAMP),
                        new ComplaintEvent.InstructionStarted(
                                ComplaintStatus.ASSIGNED, ComplaintStatus.UNDER_INSTRUCTION, STAMP),
                        new ComplaintEvent.AnswerRecorded(7L, TODAY, STAMP),
                        new ComplaintEvent.ComplainantInformed(null, TODAY, LETTER, STAMP),
                        new ComplaintEvent.Closed(
                                ComplaintStatus.UNDER_INSTRUCTION,
                                ComplaintStatus.CLOSED,
                                Outcome.NO_BREACH,
                                "Conforme",
                                LETTER,
                                STAMP),
                        new ComplaintEvent.Reopened(
                                ComplaintStatus.CLOSED,
                                ComplaintStatus.UNDER_INSTRUCTION,
                                Outcome.NO_BREACH,
                                "Nouveaux éléments",
                                STAMP)));
        String letter = LETTER.toString();
        assertEntry(
                entries.get(0),
                "COMPLAINT_ACKNOWLEDGED",
                null,
                change("status", "RECEIVED", "ACKNOWLEDGED"),
                change("letter", null, letter));
        assertEntry(
                entries.get(1),
                "COMPLAINT_QUALIFIED",
                "Recevable",
                change("status", "ACKNOWLEDGED", "QUALIFIED"),
                change("admissible", null, "true"),
                change("competent", null, "true"),
                change("crossBorder", null, "true"),
                change("leadAuthority", null, "IE"));
        assertEntry(
                entries.get(2),
                "COMPLAINT_ASSIGNED",
                "Charge",
                change("assignee", null, "handler"),
                change("status", "QUALIFIED", "ASSIGNED"));
        assertEntry(
                entries.get(3),
                "COMPLAINT_INSTRUCTION_STARTED",
                null,
                change("status", "ASSIGNED", "UNDER_INSTRUCTION"));
        assertEntry(
                entries.get(4),
                "COMPLAINT_ANSWER_RECORDED",
                null,
                change("request", null, "7"),
                change("answeredOn", null, "2026-03-10"));
        assertEntry(
                entries.get(5),
                "COMPLAINT_COMPLAINANT_INFORMED",
                null,
                change("lastInformedOn", null, "2026-03-10"),
                change("letter", null, letter));
        assertEntry(
                entries.get(6),
                "COMPLAINT_CLOSED",
                "Conforme",
                change("status", "UNDER_INSTRUCTION", "CLOSED"),
                change("outcome", null, "NO_BREACH"),
                change("letter", null, letter));
        assertEntry(
                entries.get(7),
                "COMPLAINT_REOPENED",
                "Nouveaux éléments",
                change("status", "CLOSED", "UNDER_INSTRUCTION"),
                change("outcome", "NO_BREACH", null));
        entries.forEach(
                e -> assertEquals("complaints:PL-2026-000001", e.caseRef().toString()));
    }

    @Test
    void requestEntryReadsTheRequestIdOnceFlushed() {
        Complaint c = complaint();
        c.acknowledge(null, STAMP);
        c.qualify(new Qualification(true, true, false, null), "Recevable", STAMP);
        c.assignTo("handler", "Charge", STAMP);
        InformationRequest request = c.sendRequest("Merci de nous communiquer votre registre.", LETTER, STAMP);
        List<ComplaintEvent> events = c.drainEvents();
        assertEntry(
                ComplaintEventLog.entries(c, events.subList(3, 4)).get(0),
                "COMPLAINT_REQUEST_SENT",
                null,
                change("status", "ASSIGNED", "UNDER_INSTRUCTION"),
                change(
                        "request",
                        null,
                        request.id() == null ? null : request.id().toString()),
                change("letter", null, LETTER.toString()));
    }

    @Test
    void priorityEntryGivesTheOverrideReasonAndTheProposal() {
        Complaint c = complaint();
        PriorityAssessment proposed = c.proposedPriority();
        PriorityLevel other = proposed.level() == PriorityLevel.HIGH ? PriorityLevel.LOW : PriorityLevel.HIGH;
        c.decidePriority(other, "Personne vulnérable", STAMP);
        assertEntry(
                ComplaintEventLog.entries(c, c.drainEvents()).get(0),
                "COMPLAINT_PRIORITY_DECIDED",
                "Personne vulnérable",
                change("priority", null, other.name()),
                change("proposed", null, proposed.level() + " " + proposed.score()));
    }

    @Test
    void linkEntries() {
        Complaint c = complaint();
        List<AuditRecord> entries = ComplaintEventLog.entries(
                c,
                List.of(
                        new ComplaintEvent.LinkNoted(
                                true, LinkKind.MANUAL, "PL-2026-000002", "PL-2026-000001", "Même campagne", STAMP),
                        new ComplaintEvent.LinkNoted(
                                false, LinkKind.SIMILAR_FACTS, "PL-2026-000003", null, "Autres faits", STAMP)));
        assertEntry(
                entries.get(0),
                "COMPLAINT_LINK_CONFIRMED",
                "Même campagne",
                change("link", null, "MANUAL PL-2026-000002"),
                change("campaign", null, "PL-2026-000001"));
        assertEntry(
                entries.get(1),
                "COMPLAINT_LINK_REJECTED",
                "Autres faits",
                change("link", null, "SIMILAR_FACTS PL-2026-000003"),
                change("campaign", null, null));
    }

    @Test
    void theCrossBorderCaseEntryGivesTheCaseAsTheReasonAndTheStageAsWhatChanged() {
        Complaint c = complaint();
        Stamp system = new Stamp("system", Instant.parse("2026-09-10T09:00:00Z"), LocalDate.of(2026, 9, 10));
        c.followCrossBorderCase("TF-2026-000001", "OPENED", "CONCERNED", LocalDate.of(2026, 9, 1), system);
        c.followCrossBorderCase("TF-2026-000001", "INVESTIGATING", "CONCERNED", LocalDate.of(2026, 9, 10), system);
        List<ComplaintEvent> events = c.drainEvents().stream()
                .filter(e -> e instanceof ComplaintEvent.CrossBorderCaseFollowed)
                .toList();

        List<AuditRecord> entries = ComplaintEventLog.entries(c, events);

        assertEntry(
                entries.get(1),
                "COMPLAINT_XB_CASE_STAGE",
                "TF-2026-000001",
                change("crossBorderCase", "TF-2026-000001", "TF-2026-000001"),
                change("crossBorderStage", "OPENED", "INVESTIGATING"),
                change("stageOn", null, "2026-09-10"));
        assertEquals("TF-2026-000001", c.crossBorderCase().orElseThrow().reference());
        assertEquals("INVESTIGATING", c.crossBorderCase().orElseThrow().stage());
        assertEquals("CONCERNED", c.crossBorderCase().orElseThrow().role());
        fr.vigie.complaints.domain.TimelineEntry last =
                c.timeline().get(c.timeline().size() - 1);
        assertEquals(fr.vigie.complaints.domain.TimelineType.XB_CASE_STAGE, last.type());
        assertEquals("system", last.actor());
        assertEquals("TF-2026-000001", last.reason());
        assertEquals("INVESTIGATING", last.detail());
    }

    private static void assertEntry(AuditRecord entry, String action, String reason, FieldChange... changes) {
        assertEquals(action, entry.action());
        assertEquals("complaints", entry.module());
        assertEquals(reason, entry.reason());
        assertEquals(List.of(changes), entry.changes());
    }

    private static FieldChange change(String field, String before, String after) {
        return new FieldChange(field, before, after);
    }

    private static Complaint complaint() {
        NewComplaint facts = new NewComplaint(
                Channel.WEB_FORM,
                TODAY.minusDays(1),
                new Complainant("Claire Martin", "claire.martin@example.fr", null),
                new Organisation("Société Exemple SA", "FR", "732829320"),
                "La société refuse de répondre à ma demande d'accès à mes données depuis trois mois.",
                Set.of(Category.ACCESS_RIGHT),
                1);
        return new Complaint(
                ComplaintReference.of(2026, 1), null, facts, PriorityRules.assess(facts.categories(), 1, 0), STAMP);
    }

    @Test
    void everyCrossBorderActHasItsAuditAction() {
        for (fr.vigie.complaints.domain.TimelineType type : fr.vigie.complaints.domain.TimelineType.values()) {
            if (type.name().startsWith("XB_")) {
                assertEquals("COMPLAINT_" + type.name(), ComplaintEventLog.crossBorderAction(type));
            }
        }
    }
}
