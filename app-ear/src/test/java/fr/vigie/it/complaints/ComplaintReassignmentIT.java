package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An assigned or reassigned complaint hands its running clocks to the handler, so that at-risk and
 * breach warnings reach the person now in charge. Needs the platform's {@code LegalClocks.reassignOwner}.
 */
class ComplaintReassignmentIT extends RunningVigie {
    private static final String FACTS = "Mon ancien employeur conserve mon badge biométrique et mes empreintes.";

    @Test
    void theFirstAssignmentHandsTheClocksStartedByWhoeverQualifiedToTheHandler() {
        // "handler" registers and qualifies: the clocks start in their name; the complaint then goes to "admin".
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
        c = Complaints.act(
                ref,
                "qualify",
                "{\"version\":" + c.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
        c = Complaints.act(
                ref,
                "assign",
                "{\"version\":" + c.getInt("version") + ",\"assignee\":\"admin\",\"reason\":\"Portefeuille\"}");
        assertEquals("admin", c.getString("assignee"));
        assertEveryRunningClockOwnedBy(ref, "admin");
    }

    @Test
    void reassignmentHandsTheRunningClocksToTheNewHandler() {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(
                ref,
                "assign",
                "{\"version\":" + c.getInt("version")
                        + ",\"assignee\":\"admin\",\"reason\":\"Congés de l'agent en charge\"}");
        assertEquals("admin", c.getString("assignee"));
        assertEveryRunningClockOwnedBy(ref, "admin");
    }

    private static void assertEveryRunningClockOwnedBy(String ref, String owner) {
        List<JsonObject> running =
                Api.as("handler").get("clocks?caseRef=complaints:" + ref).jsonStructure().asJsonArray().stream()
                        .map(v -> v.asJsonObject())
                        .filter(k -> List.of("RUNNING", "AT_RISK", "BREACHED").contains(k.getString("state")))
                        .toList();
        assertFalse(running.isEmpty());
        for (JsonObject clock : running) {
            assertEquals(owner, clock.getString("owner"), clock.toString());
        }
    }
}
