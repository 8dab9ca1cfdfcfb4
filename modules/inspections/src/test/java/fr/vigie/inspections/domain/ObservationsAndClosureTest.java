package fr.vigie.inspections.domain;

import static fr.vigie.inspections.domain.InspectionLifecycleTest.TODAY;
import static fr.vigie.inspections.domain.InspectionLifecycleTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The value objects that hold an inspection's observations, closure and team choice. */
class ObservationsAndClosureTest {
    private static String refusedKey(org.junit.jupiter.api.function.Executable act) {
        return assertThrows(DomainException.class, act).key();
    }

    @Test
    void observationsKeepTheirClockWhenReceived() {
        Observations empty = new Observations();
        assertNull(empty.clock());
        Observations tracked = empty.trackedBy(12L, TODAY.plusDays(30));
        assertNull(empty.clock(), "a new value, the empty one unchanged");
        UUID pdf = UUID.randomUUID();
        Observations received = tracked.received(TODAY, pdf, TODAY.minusDays(3), TODAY);
        assertEquals(12L, received.clock());
        assertEquals(TODAY.plusDays(30), received.dueOn());
        assertEquals(TODAY, received.receivedOn());
        assertEquals(pdf, received.document());
    }

    @Test
    void observationsAreCheckedInTheFormsOrder() {
        Observations o = new Observations().trackedBy(1L, TODAY);
        UUID pdf = UUID.randomUUID();
        assertEquals("observations.date.required", refusedKey(() -> o.received(null, null, TODAY, TODAY)));
        assertEquals("date.future", refusedKey(() -> o.received(TODAY.plusDays(1), pdf, TODAY, TODAY)));
        assertEquals(
                "observations.beforeNotification",
                refusedKey(() -> o.received(TODAY.minusDays(2), pdf, TODAY.minusDays(1), TODAY)));
        assertEquals("observations.document.required", refusedKey(() -> o.received(TODAY, null, TODAY, TODAY)));
    }

    @Test
    void aClosureNeedsAnOutcomeAReasonAndForAFollowUpAFinding() {
        assertEquals(
                "close.outcome.required", refusedKey(() -> Closure.decided(null, Reason.of("x"), true, as("head"))));
        assertEquals(
                "error.reason.required", refusedKey(() -> Closure.decided(Outcome.NO_ACTION, null, true, as("head"))));
        assertEquals(
                "close.followUpWithoutFinding",
                refusedKey(() -> Closure.decided(Outcome.FORMAL_NOTICE_PROPOSED, Reason.of("x"), false, as("head"))));
        Closure c = Closure.decided(Outcome.NO_ACTION, Reason.of("Rien à redire"), false, as("head"));
        assertEquals(Outcome.NO_ACTION, c.outcome());
        assertEquals("Rien à redire", c.reason());
        assertEquals(TODAY, c.closedOn());
        assertEquals("head", c.closedBy());
        assertFalse(c.awaitsLetter());
        assertThrows(IllegalStateException.class, () -> c.letterSent(UUID.randomUUID()));
    }

    @Test
    void aClosureWithRecommendationsTakesOneLetter() {
        Closure c = Closure.decided(Outcome.RECOMMENDATIONS, Reason.of("Tenir le registre"), false, as("head"));
        assertTrue(c.awaitsLetter());
        UUID letter = UUID.randomUUID();
        c.letterSent(letter);
        assertEquals(letter, c.letter());
        assertFalse(c.awaitsLetter());
        assertThrows(IllegalStateException.class, () -> c.letterSent(UUID.randomUUID()));
        assertNull(new Closure().outcome(), "an open inspection's closure is empty");
    }

    @Test
    void theTeamLeavesOutTheLeadBlanksAndDeclaredInterests() {
        TeamChoice t = TeamChoice.of(" ines ", Set.of("paul", " ines", " ", "zoe"), Set.of());
        assertEquals("ines", t.lead());
        assertEquals(Set.of("paul", "zoe"), t.members());
        assertEquals("team.lead.required", refusedKey(() -> TeamChoice.of(" ", Set.of(), Set.of())));
        assertEquals("team.interestDeclared", refusedKey(() -> TeamChoice.of("ines", Set.of(), Set.of("ines"))));
    }
}
