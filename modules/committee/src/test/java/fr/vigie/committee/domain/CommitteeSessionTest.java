package fr.vigie.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommitteeSessionTest {
    private final Review a = Fixtures.review(11, "Institut A", null);
    private final Review b = Fixtures.review(12, "Institut B", null);
    private final Review c = Fixtures.review(13, "Institut C", null);
    private final Map<Long, Review> all = new HashMap<>(Map.of(11L, a, 12L, b, 13L, c));

    @Test
    void theAgendaIsOrderedReorderedAndDossiersLeaveIt() {
        CommitteeSession s = Fixtures.session(1);
        s.arrangeAgenda(List.of(a, b, c), all, null);
        assertEquals(List.of(11L, 12L, 13L), s.agenda());
        assertEquals(ReviewStage.ON_AGENDA, b.stage());
        List<Review> removed = s.arrangeAgenda(List.of(c, a), all, null);
        assertEquals(List.of(13L, 11L), s.agenda());
        assertEquals(List.of(b), removed);
        assertEquals(ReviewStage.AWAITING_SESSION, b.stage());
        assertEquals(1, s.positions().get(13L));
    }

    @Test
    void aDossierIsOnOneAgendaOnly() {
        CommitteeSession first = Fixtures.session(1);
        CommitteeSession second = Fixtures.session(2);
        first.arrangeAgenda(List.of(a), all, null);
        CommitteeException e =
                assertThrows(CommitteeException.class, () -> second.arrangeAgenda(List.of(a), all, null));
        assertEquals("review.notAwaiting", e.key());
    }

    @Test
    void duplicatesAreRefusedOnTheAgendaField() {
        CommitteeException e = assertThrows(
                CommitteeException.class, () -> Fixtures.session(1).arrangeAgenda(List.of(a, a), all, null));
        assertEquals("agenda", e.field());
    }

    @Test
    void conveningNeedsAnAgendaAndOpeningNeedsTheDay() {
        CommitteeSession s = Fixtures.session(1);
        assertThrows(CommitteeException.class, () -> s.convene(Fixtures.stamp("sec")));
        s.arrangeAgenda(List.of(a), all, null);
        s.convene(Fixtures.stamp("sec"));
        assertEquals(SessionStatus.CONVENED, s.status());
        CommitteeException early = assertThrows(
                CommitteeException.class, () -> s.open(Set.of(Fixtures.member("m1")), Fixtures.stamp("sec")));
        assertEquals("session.notYet", early.key());
    }

    @Test
    void aSessionClosesOnlyWhenEveryDossierIsDecided() {
        CommitteeSession s = Fixtures.session(1);
        s.arrangeAgenda(List.of(a, b), all, null);
        s.convene(Fixtures.stamp("sec"));
        Stamp onTheDay = new Stamp("sec", Fixtures.stamp("sec").at(), s.date());
        s.open(Set.of(Fixtures.member("m1"), Fixtures.member("m2")), onTheDay);
        assertTrue(s.isPresent("m2"));
        CommitteeException e =
                assertThrows(CommitteeException.class, () -> s.close(List.of(b), UUID.randomUUID(), onTheDay));
        assertTrue(e.getMessage().contains("DA-2026-000012"), e.getMessage());
        s.postpone(b, Reason.of("motif"));
        assertEquals(ReviewStage.AWAITING_SESSION, b.stage());
        s.close(List.of(), UUID.randomUUID(), onTheDay);
        assertEquals(SessionStatus.CLOSED, s.status());
        assertThrows(
                CommitteeException.class, () -> s.arrangeAgenda(List.of(a, c), all, null), "a closed agenda is frozen");
    }

    @Test
    void aPastDateIsRefusedOnTheDateField() {
        CommitteeException e = assertThrows(
                CommitteeException.class,
                () -> new CommitteeSession(
                        "SC-2026-0001", Fixtures.TODAY.minusDays(1), "Séance", Fixtures.stamp("sec")));
        assertEquals("date", e.field());
    }
}
