package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each verb of {@link CommitteeSession} records the one event the audit trail is written from. */
class SessionEventsTest {
    private static final SessionRef SC = new SessionRef("SC-2026-0001");
    private final Review a = Fixtures.review(11, "Institut A", null);
    private final Review b = Fixtures.review(12, "Institut B", null);
    private final Review c = Fixtures.review(13, "Institut C", null);
    private final Map<Long, Review> all = new HashMap<>(Map.of(11L, a, 12L, b, 13L, c));

    private static <E extends SessionEvent> E only(CommitteeSession s, Class<E> type) {
        List<SessionEvent> events = s.events().drain();
        assertEquals(1, events.size(), events.toString());
        return assertInstanceOf(type, events.get(0));
    }

    private static CaseRef dossier(Review r) {
        return r.dossier();
    }

    @Test
    void planningAndReschedulingAreRecorded() {
        CommitteeSession s = Fixtures.session(1);
        assertEquals(
                new SessionEvent.Planned(SC, Fixtures.TODAY.plusDays(7), "Séance plénière"),
                only(s, SessionEvent.Planned.class));
        s.reschedule(Fixtures.TODAY.plusDays(9), null, Reason.of("Salle indisponible"), Fixtures.stamp("sec"));
        assertEquals(
                new SessionEvent.Rescheduled(
                        SC, Fixtures.TODAY.plusDays(7), Fixtures.TODAY.plusDays(9), "Salle indisponible"),
                only(s, SessionEvent.Rescheduled.class));
    }

    @Test
    void theAgendaEventNamesTheFormerAndNewOrderAndWhoLeftAndJoined() {
        CommitteeSession s = Fixtures.session(1);
        s.events().drain();
        s.arrangeAgenda(List.of(a, b), all, null);
        assertEquals(
                new SessionEvent.AgendaSet(
                        SC,
                        List.of(),
                        List.of("DA-2026-000011", "DA-2026-000012"),
                        List.of(),
                        List.of(dossier(a), dossier(b)),
                        null),
                only(s, SessionEvent.AgendaSet.class));
        s.arrangeAgenda(List.of(c, a), all, Reason.of("Priorité"));
        assertEquals(
                new SessionEvent.AgendaSet(
                        SC,
                        List.of("DA-2026-000011", "DA-2026-000012"),
                        List.of("DA-2026-000013", "DA-2026-000011"),
                        List.of(dossier(b)),
                        List.of(dossier(c)),
                        "Priorité"),
                only(s, SessionEvent.AgendaSet.class));
    }

    @Test
    void conveningOpeningCorrectingPostponingAndClosingAreRecorded() {
        CommitteeSession s = new CommitteeSession("SC-2026-0001", Fixtures.TODAY, "Séance", Fixtures.stamp("sec"));
        Fixtures.setId(s, 1L);
        s.arrangeAgenda(List.of(a, b, c), all, null);
        s.events().drain();
        s.convene(Fixtures.stamp("sec"));
        assertEquals(
                new SessionEvent.Convened(SC, SessionStatus.PLANNED, SessionStatus.CONVENED, 3),
                only(s, SessionEvent.Convened.class));
        s.open(Set.of(Fixtures.member("m2"), Fixtures.member("m1")), Fixtures.stamp("sec"));
        SessionEvent.Opened opened = only(s, SessionEvent.Opened.class);
        assertEquals(
                new SessionEvent.Opened(
                        SC, SessionStatus.CONVENED, SessionStatus.IN_PROGRESS, List.of(), List.of("m1", "m2")),
                opened);
        assertEquals(false, opened.correction());
        s.open(Set.of(Fixtures.member("m1"), Fixtures.member("m2"), Fixtures.member("m3")), Fixtures.stamp("sec"));
        SessionEvent.Opened corrected = only(s, SessionEvent.Opened.class);
        assertTrue(corrected.correction());
        assertEquals(List.of("m1", "m2"), corrected.attendeesBefore());
        assertEquals(List.of("m1", "m2", "m3"), corrected.attendeesAfter());
        s.postpone(a, Reason.of("Pièce manquante"));
        assertEquals(
                new SessionEvent.ReviewPostponed(SC, dossier(a), ReviewStage.AWAITING_SESSION, "Pièce manquante"),
                only(s, SessionEvent.ReviewPostponed.class));
        s.release(b);
        assertTrue(s.events().pending().isEmpty(), "a withdrawn dossier's leaving is the review's own record");
        s.postpone(c, Reason.of("Reporté"));
        s.events().drain();
        UUID minutes = UUID.randomUUID();
        s.close(List.of(), minutes, Fixtures.stamp("sec"));
        assertEquals(
                new SessionEvent.Closed(SC, SessionStatus.IN_PROGRESS, SessionStatus.CLOSED, minutes),
                only(s, SessionEvent.Closed.class));
    }

    @Test
    void aSessionIsReferredToByItsPublicReference() {
        assertEquals(SC, SessionRef.of(2026, 1));
        assertEquals("SC-2026-0001", SC.toString());
        assertEquals(SC, Fixtures.session(1).ref());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new SessionRef(" "));
    }
}
