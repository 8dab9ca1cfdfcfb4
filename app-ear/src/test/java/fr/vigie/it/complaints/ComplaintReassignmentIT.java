package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reassigned complaint hands its running clocks to the new handler, so that at-risk and breach
 * warnings reach the person now in charge. Needs the platform's {@code LegalClocks.reassignOwner}.
 */
class ComplaintReassignmentIT extends RunningVigie {
    private static final String FACTS = "Mon ancien employeur conserve mon badge biométrique et mes empreintes.";

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
        List<JsonObject> running =
                Api.as("handler").get("clocks?caseRef=complaints:" + ref).jsonStructure().asJsonArray().stream()
                        .map(v -> v.asJsonObject())
                        .filter(k -> List.of("RUNNING", "AT_RISK", "BREACHED").contains(k.getString("state")))
                        .toList();
        assertFalse(running.isEmpty());
        for (JsonObject clock : running) {
            assertEquals("admin", clock.getString("owner"), clock.toString());
        }
    }
}
