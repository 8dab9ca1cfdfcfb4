package fr.vigie.inspections.domain;

import static fr.vigie.inspections.domain.InspectionLifecycleTest.TODAY;
import static fr.vigie.inspections.domain.InspectionLifecycleTest.as;
import static fr.vigie.inspections.domain.InspectionLifecycleTest.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each verb of {@link Inspection} records one fact, and the timeline line made from it. */
class InspectionEventsTest {

    /** The one event the last verb recorded (the earlier ones drained). */
    private static <E extends InspectionEvent> E last(Inspection i, Class<E> type) {
        List<InspectionEvent> events = i.drainEvents();
        assertEquals(1, events.size(), events.toString());
        return assertInstanceOf(type, events.get(0));
    }

    private static InspectionEvent.Line lastLine(Inspection i) {
        TimelineEntry e = i.timeline().get(i.timeline().size() - 1);
        return new InspectionEvent.Line(e.type(), as(e.actor(), e.occurredOn()), e.reason(), e.detail());
    }

    @Test
    void openingRecordsWhatWasOpened() {
        Inspection i = InspectionLifecycleTest.planned();
        InspectionEvent.Opened e = last(i, InspectionEvent.Opened.class);
        assertEquals(Origin.PROGRAMME, e.origin());
        assertEquals("PROGRAMME", e.originText());
        assertEquals("MINORS", e.theme());
        assertEquals(InspectionType.ON_SITE, e.type());
        assertEquals(2026, e.year());
        assertEquals(2, e.quarter());
        assertEquals("head", e.stamp().actor());
        assertEquals(e.timeline(), lastLine(i));
        assertTrue(i.drainEvents().isEmpty(), "each fact is given once");
    }

    @Test
    void preparingRecordsTheTeamBeforeAndAfter() {
        Inspection i = InspectionLifecycleTest.planned();
        i.drainEvents();
        i.prepare("ines", Set.of("paul", "ines"), "Paris", TODAY.plusDays(5), Set.of(), as("head"));
        InspectionEvent.Prepared e = last(i, InspectionEvent.Prepared.class);
        assertEquals(List.of(), e.teamBefore());
        assertEquals(List.of("ines", "paul"), e.team());
        assertEquals("ines, paul · Paris · " + TODAY.plusDays(5), e.timeline().detail());
        assertEquals(EventType.PREPARED, lastLine(i).type());
        i.prepare("paul", Set.of(), "Lyon", TODAY.plusDays(6), Set.of(), as("head"));
        assertEquals(
                List.of("ines", "paul"), last(i, InspectionEvent.Prepared.class).teamBefore());
    }

    @Test
    void signingConductingAndWritingRecordTheirFacts() {
        Inspection i = InspectionLifecycleTest.prepared();
        i.drainEvents();
        StoredDocument pdf = doc();
        i.signMissionOrder(pdf, as("president"));
        assertEquals(pdf, last(i, InspectionEvent.MissionOrderSigned.class).document());
        i.conduct(TODAY, as("ines"));
        assertEquals(TODAY, last(i, InspectionEvent.Conducted.class).conductedOn());
        assertEquals(TODAY.toString(), lastLine(i).detail());
        i.writeMinutes("Le DPO", "Visite des locaux et examen des registres.", as("ines"));
        assertEquals(false, last(i, InspectionEvent.MinutesWritten.class).rewritten());
        i.writeMinutes("Le DPO", "Visite des locaux et examen complet des registres.", as("paul"));
        assertEquals(true, last(i, InspectionEvent.MinutesWritten.class).rewritten());
    }

    @Test
    void findingsEvidenceAndNotificationRecordTheirFacts() {
        Inspection i = InspectionLifecycleTest.conducted();
        i.writeMinutes("Le DPO", "Visite des locaux et examen des registres.", as("ines"));
        i.drainEvents();
        Finding f = i.addFinding(
                "RGPD art. 32", FindingSeverity.SERIOUS, "Mots de passe en clair", List.of(), null, as("ines"));
        InspectionEvent.FindingAdded added = last(i, InspectionEvent.FindingAdded.class);
        assertEquals(f, added.finding());
        assertEquals(FindingSeverity.SERIOUS, added.severity());
        assertNull(added.reason());
        assertEquals(new InspectionEvent.Line(EventType.FINDING_ADDED, as("ines"), null, "RGPD art. 32"), lastLine(i));

        StoredDocument proof = doc();
        i.attachEvidence("capture.png", proof, as("ines"));
        InspectionEvent.EvidenceAttached attached = last(i, InspectionEvent.EvidenceAttached.class);
        assertEquals("capture.png", attached.filename());
        assertEquals(proof, attached.document());
        assertThrows(NullPointerException.class, () -> i.attachEvidence("x.png", null, as("ines")));

        String hash = i.notifyMinutes(as("ines"));
        InspectionEvent.MinutesNotified notified = last(i, InspectionEvent.MinutesNotified.class);
        assertEquals(hash, notified.sha256());
        assertEquals(1, notified.findings());
        assertEquals("SHA-256 " + hash, lastLine(i).detail());
    }

    @Test
    void aRefusedVerbRecordsNothing() {
        Inspection i = InspectionLifecycleTest.conducted();
        i.drainEvents();
        assertThrows(DomainException.class, () -> i.attachEvidence("x.png", doc(), as("mallory")));
        assertThrows(DomainException.class, () -> i.notifyMinutes(as("ines")));
        assertTrue(i.drainEvents().isEmpty());
    }

    @Test
    void removingAFindingRecordsWhichOne() throws ReflectiveOperationException {
        Inspection i = InspectionLifecycleTest.conducted();
        Finding f = i.addFinding(
                "RGPD art. 5", FindingSeverity.MINOR, "Durée de conservation", List.of(), null, as("ines"));
        Field id = Finding.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(f, 7L); // as the database would have numbered it
        i.drainEvents();
        assertThrows(DomainException.class, () -> i.removeFinding(8L, as("ines")));
        assertTrue(i.drainEvents().isEmpty(), "a refused verb records nothing");
        i.removeFinding(7L, as("ines"));
        InspectionEvent.FindingRemoved removed = last(i, InspectionEvent.FindingRemoved.class);
        assertEquals(7L, removed.findingId());
        assertEquals("RGPD art. 5", removed.article());
        assertEquals(EventType.FINDING_REMOVED, lastLine(i).type());
    }

    @Test
    void afterNotificationFindingsAndAddendaCarryTheirReason() {
        Inspection i = InspectionLifecycleTest.notified();
        i.drainEvents();
        i.addFinding(
                "RGPD art. 5",
                FindingSeverity.MINOR,
                "Durée de conservation",
                List.of(),
                Reason.of("  Pièce reçue après "),
                as("ines"));
        InspectionEvent.FindingAdded added = last(i, InspectionEvent.FindingAdded.class);
        assertTrue(added.finding().inAddendum());
        assertEquals("Pièce reçue après", added.reason());
        assertEquals(
                new InspectionEvent.Line(EventType.ADDENDUM_ADDED, as("ines"), "Pièce reçue après", "RGPD art. 5"),
                lastLine(i));
        i.addAddendum(Reason.of("Erreur matérielle"), "Le nom du DPO est corrigé.", as("paul"));
        InspectionEvent.AddendumAdded addendum = last(i, InspectionEvent.AddendumAdded.class);
        assertEquals("Erreur matérielle", addendum.reason());
        assertEquals(2, addendum.addenda());
        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> i.addAddendum(null, "x", as("ines")))
                        .field());
    }

    @Test
    void observationsPeriodAndClosureRecordTheirFacts() {
        Inspection i = InspectionLifecycleTest.notified();
        i.drainEvents();
        StoredDocument received = doc();
        i.recordObservations(TODAY, received, as("ines"));
        InspectionEvent.ObservationsReceived obs = last(i, InspectionEvent.ObservationsReceived.class);
        assertEquals(TODAY, obs.receivedOn());
        assertEquals(received, obs.document());
        i.close(Outcome.RECOMMENDATIONS, Reason.of(" Tenir le registre à jour "), as("head"));
        InspectionEvent.Closed closed = last(i, InspectionEvent.Closed.class);
        assertEquals(Outcome.RECOMMENDATIONS, closed.outcome());
        assertEquals("Tenir le registre à jour", closed.reason());
        assertEquals(
                new InspectionEvent.Line(EventType.CLOSED, as("head"), "Tenir le registre à jour", "RECOMMENDATIONS"),
                lastLine(i));
        int lines = i.timeline().size();
        StoredDocument letter = doc();
        i.attachClosureLetter(letter);
        assertEquals(letter, last(i, InspectionEvent.ClosureLetterIssued.class).letter());
        assertEquals(lines, i.timeline().size(), "the letter makes no timeline line");
    }

    @Test
    void theElapsedPeriodRecordsItsEnd() {
        Inspection i = InspectionLifecycleTest.notified();
        i.drainEvents();
        i.recordPeriodElapsed(TODAY.plusDays(15), as("head", TODAY.plusDays(16)));
        assertEquals(
                TODAY.plusDays(15),
                last(i, InspectionEvent.ObservationsPeriodElapsed.class).periodEnd());
        assertEquals(EventType.OBSERVATIONS_PERIOD_ELAPSED, lastLine(i).type());
    }
}
