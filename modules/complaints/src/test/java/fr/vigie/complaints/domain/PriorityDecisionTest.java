package fr.vigie.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The priority a person decides: the proposal accepted, or overridden with a reason. */
class PriorityDecisionTest {

    @Test
    void acceptingTheProposalNeedsNoReasonAndKeepsNone() {
        PriorityDecision d =
                PriorityDecision.decide(PriorityLevel.MEDIUM, PriorityLevel.MEDIUM, "  Conforme  ", "handler");
        assertEquals(PriorityLevel.MEDIUM, d.level());
        assertEquals("handler", d.decidedBy());
        assertNull(d.overrideReason(), "a note on an accepted proposal is the timeline's, not the decision's");
        assertFalse(d.overrides());
        assertEquals("MEDIUM", d.detail(PriorityLevel.MEDIUM));
    }

    @Test
    void overridingTheProposalKeepsTheReasonTrimmed() {
        PriorityDecision d =
                PriorityDecision.decide(PriorityLevel.LOW, PriorityLevel.HIGH, "  Personne vulnérable ", "handler");
        assertEquals(PriorityLevel.HIGH, d.level());
        assertEquals("Personne vulnérable", d.overrideReason());
        assertTrue(d.overrides());
        assertEquals("LOW → HIGH", d.detail(PriorityLevel.LOW));
    }

    @Test
    void overridingWithoutAReasonIsRefusedOnTheReasonField() {
        ComplaintException e = assertThrows(
                ComplaintException.class,
                () -> PriorityDecision.decide(PriorityLevel.LOW, PriorityLevel.HIGH, " ", "handler"));
        assertEquals("reason", e.field());
        assertEquals("priority.override.reasonRequired", e.key());
    }

    @Test
    void noLevelIsRefusedOnThePriorityField() {
        ComplaintException e = assertThrows(
                ComplaintException.class, () -> PriorityDecision.decide(PriorityLevel.LOW, null, "r", "handler"));
        assertEquals("priority", e.field());
        assertEquals("priority.required", e.key());
    }

    @Test
    void equalDecisionsAreEqualValues() {
        assertEquals(
                PriorityDecision.decide(PriorityLevel.LOW, PriorityLevel.HIGH, "Motif", "a"),
                PriorityDecision.decide(PriorityLevel.LOW, PriorityLevel.HIGH, " Motif", "a"));
    }

    @Test
    void theComplaintKeepsTheDecisionItsVerbMade() {
        Complaint c = Fixtures.received();
        PriorityLevel proposed = c.proposedPriority().level();
        PriorityLevel other = proposed == PriorityLevel.HIGH ? PriorityLevel.LOW : PriorityLevel.HIGH;
        c.decidePriority(other, "Personne vulnérable", Fixtures.handler());
        assertEquals(
                PriorityDecision.decide(proposed, other, "Personne vulnérable", "handler"),
                c.priorityDecision().orElseThrow());
        TimelineEntry last = c.timeline().get(c.timeline().size() - 1);
        assertEquals(proposed + " → " + other, last.detail());
        assertEquals("Personne vulnérable", last.reason());
    }
}
