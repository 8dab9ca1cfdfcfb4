package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.complaints.api.CrossBorderComplaintTransmitted;
import fr.vigie.complaints.api.CrossBorderComplaintTransmitted.Direction;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.Complainant;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintLink;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintRepository;
import fr.vigie.complaints.domain.CrossBorderIntake;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.complaints.domain.NewComplaint;
import fr.vigie.complaints.domain.Organisation;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * What {@link CrossBorderActs} publishes and which clocks it ends, with the complaint in memory: the
 * content of {@link CrossBorderComplaintTransmitted} for each direction (the crossborder module's
 * input) and the clock acts.
 */
class CrossBorderActsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 4, 20);
    private static final Stamp STAMP = new Stamp("handler", Instant.parse("2027-04-20T09:00:00Z"), TODAY);

    private final List<CrossBorderComplaintTransmitted> published = new ArrayList<>();
    private final List<String> clockActs = new ArrayList<>();
    private final List<AuditRecord> audit = new ArrayList<>();
    private Complaint complaint;
    private final CrossBorderActs acts = new CrossBorderActs();

    CrossBorderActsTest() {
        ComplaintRepository repository = new InMemory();
        ComplaintActs complaintActs = new ComplaintActs() {
            @Override
            UUID sendLetter(LetterType type, Complaint c, String body, Outcome outcome, LocalDate date) {
                return UUID.nameUUIDFromBytes(type.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        complaintActs.complaints = repository;
        acts.acts = complaintActs;
        acts.complaints = repository;
        acts.clocks = new ComplaintClocks() {
            @Override
            public void meet(long complaintId, Long clock, LocalDate on, String reason) {
                clockActs.add("meet " + clock);
            }

            @Override
            public void stop(long complaintId, Long clock, LocalDate on, String reason) {
                clockActs.add("stop " + clock);
            }
        };
        acts.eventLog = new ComplaintEventLog();
        acts.eventLog.audit = audit::add;
        acts.stamps = new Stamps() {
            @Override
            public Stamp now() {
                return STAMP;
            }
        };
        acts.transmissions = new Recorder();
    }

    private Complaint received(CrossBorderIntake intake) {
        NewComplaint facts = new NewComplaint(
                Channel.STAFF_INTAKE,
                LocalDate.of(2027, 4, 2),
                new Complainant("Claire Martin", "claire.martin@example.fr", null),
                new Organisation("Réseau Social Ltd", "IE", null),
                "Le réseau social refuse d'effacer mes photos malgré ma demande du 3 mars.",
                Set.of(Category.OTHER),
                1);
        Complaint c = new Complaint(
                ComplaintReference.of(2027, 9),
                null,
                facts,
                intake,
                PriorityRules.assess(facts.categories(), 1, 0),
                STAMP);
        try {
            java.lang.reflect.Field id = Complaint.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(c, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        c.crossBorderTrackedBy(7L, 8L);
        return c;
    }

    private ComplaintReference ref() {
        return complaint.reference();
    }

    @Test
    void theTransmissionIsPublishedAsSentToTheLeadWithWhatWasSentAndMeetsItsClock() {
        complaint = received(CrossBorderIntake.lodgedHere(null, null, true, "IE"));
        acts.findAdmissible(ref(), 0);
        acts.assess(ref(), 0, true, "IE", "Établissement principal à Dublin");
        List<String> sent = acts.transmit(ref(), 0, List.of("Capture d'écran"));

        assertEquals(List.of("stop 7", "meet 8"), clockActs);
        assertEquals(1, published.size());
        CrossBorderComplaintTransmitted e = published.get(0);
        assertEquals(Direction.SENT_TO_LEAD, e.direction());
        assertEquals("complaints:PL-2027-000009", e.complaint().toString());
        assertEquals(LocalDate.of(2027, 4, 2), e.receivedOn());
        assertEquals("IE", e.leadAuthority());
        assertEquals("FR", e.lodgedWith());
        assertEquals("Réseau Social Ltd", e.organisationName());
        assertEquals("IE", e.country());
        assertEquals(List.of("COMPLAINT_NON_CONFIDENTIAL_VERSION", "Capture d'écran"), e.documentsSent());
        assertEquals(sent, e.documentsSent());
        assertEquals(TODAY, e.decidedOn());
        assertEquals("handler", e.decidedBy());
        assertTrue(audit.stream().anyMatch(a -> a.action().equals("COMPLAINT_XB_TRANSMITTED")), audit.toString());
    }

    @Test
    void theDecisionToLeadIsPublishedAsLedHereAndStopsTheTransmissionClock() {
        complaint = received(CrossBorderIntake.lodgedHere(null, null, false, null));
        acts.findAdmissible(ref(), 0);
        acts.assess(ref(), 0, true, "FR", "Établissement principal à Paris");
        acts.leadHere(ref(), 0);
        assertEquals(List.of("stop 7", "stop 8"), clockActs);
        assertEquals(Direction.LED_HERE, published.get(0).direction());
        assertEquals("FR", published.get(0).leadAuthority());
        assertEquals(List.of(), published.get(0).documentsSent());
    }

    @Test
    void inadmissibilityMeetsTheArt42ClockAndStopsTheTransmissionClock() {
        complaint = received(CrossBorderIntake.lodgedHere(null, null, false, null));
        acts.declareInadmissible(
                ref(),
                0,
                Set.of(fr.vigie.complaints.domain.Art4Information.INFRINGEMENT_DESCRIPTION),
                "La description ne permet pas d'identifier la violation.");
        assertEquals(List.of("meet 7", "stop 8"), clockActs);
        assertTrue(published.isEmpty());
    }

    @Test
    void aComplaintReceivedAsLeadIsPublishedOnceQualified() {
        complaint = received(CrossBorderIntake.receivedFrom("IE", "IE-2027-55", false));
        complaint.acknowledge(null, STAMP);
        acts.afterQualified(complaint);
        assertTrue(published.isEmpty(), "not before the qualification");
        complaint.qualify(new Qualification(true, true, true, "FR"), "Chef de file", STAMP);
        acts.afterQualified(complaint);
        acts.afterQualified(complaint);
        assertEquals(1, published.size());
        assertEquals(Direction.RECEIVED_AS_LEAD, published.get(0).direction());
        assertEquals("IE", published.get(0).lodgedWith());
        assertEquals("FR", published.get(0).leadAuthority());
    }

    /** Records what is fired. */
    private final class Recorder implements Event<CrossBorderComplaintTransmitted> {
        @Override
        public void fire(CrossBorderComplaintTransmitted event) {
            published.add(event);
        }

        @Override
        public <U extends CrossBorderComplaintTransmitted> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CrossBorderComplaintTransmitted> CompletionStage<U> fireAsync(
                U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<CrossBorderComplaintTransmitted> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CrossBorderComplaintTransmitted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends CrossBorderComplaintTransmitted> Event<U> select(
                TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    /** The complaint of the test, found by its reference; nothing else is needed. */
    private final class InMemory implements ComplaintRepository {
        @Override
        public ComplaintReference nextReference(int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Complaint> find(ComplaintReference reference) {
            return Optional.of(complaint);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Optional<Complaint> findById(long id) {
            return Optional.of(complaint);
        }

        @Override
        public Optional<Complaint> findBySubmissionKey(String key) {
            return Optional.empty();
        }

        @Override
        public void lockSubmission(String key) {}

        @Override
        public List<Complaint> inCampaign(String campaign) {
            return List.of();
        }

        @Override
        public long countAgainstSiren(String siren, LocalDate since, long excluding) {
            return 0;
        }

        @Override
        public void store(Complaint c) {}

        @Override
        public void store(ComplaintLink link) {}

        @Override
        public List<ComplaintLink> linksOf(long c) {
            return List.of();
        }

        @Override
        public Optional<ComplaintLink> link(long a, long b) {
            return Optional.empty();
        }

        @Override
        public Optional<ComplaintLink> findLink(long id) {
            return Optional.empty();
        }

        @Override
        public void flush() {}
    }
}
