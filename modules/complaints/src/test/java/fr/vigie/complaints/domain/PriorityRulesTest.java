package fr.vigie.complaints.domain;

import static fr.vigie.complaints.domain.Fixtures.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PriorityRulesTest {

    @Test
    void anOrdinaryComplaintIsLowWithNoReason() {
        PriorityAssessment a = PriorityRules.assess(Set.of(Category.ACCESS_RIGHT), 1, 0);
        assertEquals(0, a.score());
        assertEquals(PriorityLevel.LOW, a.level());
        assertEquals(List.of(), a.reasons());
    }

    @Test
    void everyPointHasItsReason() {
        PriorityAssessment a = PriorityRules.assess(EnumSet.of(Category.HEALTH_DATA, Category.MINORS), 1500, 3);
        assertEquals(30 + 25 + 20 + 15, a.score());
        assertEquals(PriorityLevel.HIGH, a.level());
        assertEquals(
                List.of("HEALTH_DATA", "MINORS", "PEOPLE_AFFECTED_1000", "REPEAT_ORGANISATION"),
                a.reasons().stream().map(PriorityReason::rule).toList());
    }

    @Test
    void thresholds() {
        assertEquals(
                PriorityLevel.MEDIUM,
                PriorityRules.assess(Set.of(Category.SECURITY_BREACH), 100, 0).level()); // 30
        assertEquals(
                PriorityLevel.LOW,
                PriorityRules.assess(Set.of(Category.SECURITY_BREACH), 99, 1).level()); // 20
        assertEquals(
                PriorityLevel.HIGH,
                PriorityRules.assess(Set.of(Category.HEALTH_DATA, Category.SECURITY_BREACH), 1, 0)
                        .level());
        assertEquals(
                10,
                PriorityRules.assess(Set.of(Category.ARTIFICIAL_INTELLIGENCE), 1, 0)
                        .score());
    }

    @Test
    void theProposalSurvivesStorageAsText() {
        Complaint c = new Complaint(
                ComplaintReference.of(2026, 9),
                null,
                Fixtures.facts(Set.of(Category.MINORS), 200),
                PriorityRules.assess(Set.of(Category.MINORS), 200, 0),
                handler());
        assertEquals(35, c.proposedPriority().score());
        assertEquals(
                List.of(new PriorityReason("MINORS", 25), new PriorityReason("PEOPLE_AFFECTED_100", 10)),
                c.proposedPriority().reasons());
    }

    @Test
    void aPersonAcceptsOrOverridesWithAReason() {
        Complaint c = Fixtures.received();
        assertTrue(c.priorityDecision().isEmpty(), "only proposed until a person decides");
        c.decidePriority(PriorityLevel.LOW, null, handler());
        assertEquals(PriorityLevel.LOW, c.priorityDecision().orElseThrow().level());
        ComplaintException e =
                assertThrows(ComplaintException.class, () -> c.decidePriority(PriorityLevel.HIGH, " ", handler()));
        assertEquals("reason", e.field());
        c.decidePriority(PriorityLevel.HIGH, "Personne vulnérable", handler());
        assertEquals("Personne vulnérable", c.priorityDecision().orElseThrow().overrideReason());
    }
}
