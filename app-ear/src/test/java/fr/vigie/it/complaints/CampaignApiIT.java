package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/complaints/campaigns/{code}}: bulk assign, inform and close of a campaign's complaints,
 * each through its own use case (own timeline, letter, clocks, audit), bad input as problem+json
 * naming the field, and the group acts closed to other roles than handlers.
 */
class CampaignApiIT extends RunningVigie {
    private static final String FACTS =
            "Un même SMS publicitaire reçu par des milliers de personnes sans consentement.";

    /** Three acknowledged and qualified complaints against one organisation, linked by hand into one campaign. */
    private static List<String> campaign() {
        String siren = Complaints.uniqueSiren();
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonObject c = Complaints.create(siren, FACTS + " Plaignant " + i + ".");
            String ref = c.getString("reference");
            c = Complaints.act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
            Complaints.act(
                    ref,
                    "qualify",
                    "{\"version\":" + c.getInt("version")
                            + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
            refs.add(ref);
        }
        for (int i = 1; i < refs.size(); i++) {
            Api.Reply linked = Api.as("handler")
                    .postJson(
                            "complaints/" + refs.get(0) + "/links",
                            "{\"other\":\"" + refs.get(i) + "\",\"reason\":\"Même campagne de SMS\"}");
            assertEquals(200, linked.status(), linked.toString());
        }
        assertEquals(refs.get(0), Complaints.get(refs.get(2)).getString("campaign"));
        return refs;
    }

    private static String versions(String code) {
        JsonArray members = Api.as("handler")
                .get("complaints/campaigns/" + code)
                .jsonStructure()
                .asJsonArray();
        return members.stream()
                .map(JsonObject.class::cast)
                .map(m -> "\"" + m.getString("reference") + "\":" + m.getInt("version"))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static JsonObject bulk(String code, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/campaigns/" + code + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    private static long timelineCount(String ref, String type) {
        return Complaints.get(ref).getJsonArray("timeline").stream()
                .filter(e -> e.asJsonObject().getString("type").equals(type))
                .count();
    }

    @Test
    void aCampaignIsAssignedInformedAndClosedComplaintByComplaint() {
        List<String> refs = campaign();
        String code = refs.get(0);
        JsonObject members = Api.as("manager")
                .get("complaints/campaigns/" + code)
                .jsonStructure()
                .asJsonArray()
                .getJsonObject(0);
        assertEquals(code, members.getString("reference"), "managers read the campaign, oldest first");

        JsonObject assigned = bulk(
                code,
                "assign",
                "{\"versions\":" + versions(code)
                        + ",\"assignee\":\"handler\",\"reason\":\"Campagne confiée à une seule personne\"}");
        assertEquals(3, assigned.getJsonArray("done").size(), assigned.toString());
        for (String ref : refs) {
            JsonObject file = Complaints.get(ref);
            assertEquals("ASSIGNED", file.getString("status"));
            assertEquals("handler", file.getString("assignee"));
        }

        JsonObject informed = bulk(
                code,
                "inform",
                "{\"versions\":" + versions(code)
                        + ",\"summary\":\"Votre plainte est instruite avec celles des autres personnes concernées.\"}");
        assertEquals(3, informed.getJsonArray("done").size(), informed.toString());
        for (String ref : refs) {
            assertEquals(1, timelineCount(ref, "COMPLAINANT_INFORMED"), ref);
            assertTrue(
                    Complaints.get(ref).getJsonArray("letters").stream()
                            .anyMatch(l -> l.asJsonObject().getString("type").equals("INFORMATION_OF_PROGRESS")),
                    ref);
        }

        // One complaint of the group is already closed on its own: the others still go through.
        JsonObject single = Complaints.get(refs.get(2));
        Complaints.act(
                refs.get(2),
                "close",
                "{\"version\":" + single.getInt("version")
                        + ",\"outcome\":\"NO_BREACH\",\"reason\":\"Pas de manquement pour ce plaignant\"}");
        String stale = versions(code)
                .replace(
                        "\"" + refs.get(2) + "\":" + Complaints.get(refs.get(2)).getInt("version"),
                        "\"" + refs.get(2) + "\":" + single.getInt("version"));
        JsonObject closed = bulk(
                code,
                "close",
                "{\"versions\":" + stale
                        + ",\"outcome\":\"NO_BREACH\",\"reason\":\"Absence de manquement établie pour la campagne\"}");
        assertEquals(2, closed.getJsonArray("done").size(), closed.toString());
        assertTrue(closed.getJsonObject("refused").containsKey(refs.get(2)), closed.toString());
        for (String ref : refs) {
            assertEquals("CLOSED", Complaints.get(ref).getString("status"));
            assertEquals(1, timelineCount(ref, "CLOSED"), ref);
        }
        String audit =
                Api.as("auditor").get("audit?caseRef=complaints:" + refs.get(1)).text();
        assertTrue(
                audit.contains("COMPLAINT_ASSIGNED")
                        && audit.contains("COMPLAINT_COMPLAINANT_INFORMED")
                        && audit.contains("COMPLAINT_CLOSED"),
                audit);
    }

    @Test
    void badInputNamesTheField() {
        List<String> refs = campaign();
        String code = refs.get(0);
        Api.Reply noAssignee = Api.as("handler")
                .postJson(
                        "complaints/campaigns/" + code + "/assign",
                        "{\"versions\":" + versions(code) + ",\"reason\":\"Répartition\"}");
        assertProblemOn(noAssignee, "assignee");

        Api.Reply empty = Api.as("handler")
                .postJson(
                        "complaints/campaigns/" + code + "/inform",
                        "{\"versions\":{},\"summary\":\"Votre plainte est en cours d'instruction.\"}");
        assertProblemOn(empty, "versions");

        String outsider = Complaints.create(Complaints.uniqueSiren(), FACTS).getString("reference");
        Api.Reply foreign = Api.as("handler")
                .postJson(
                        "complaints/campaigns/" + code + "/inform",
                        "{\"versions\":{\"" + outsider
                                + "\":0},\"summary\":\"Votre plainte est en cours d'instruction.\"}");
        assertProblemOn(foreign, "versions");
        assertEquals(
                0, timelineCount(outsider, "COMPLAINANT_INFORMED"), "nothing reaches a complaint outside the group");

        Api.Reply badOutcome = Api.as("handler")
                .postJson(
                        "complaints/campaigns/" + code + "/close",
                        "{\"versions\":" + versions(code) + ",\"outcome\":\"PARDONED\",\"reason\":\"Fin\"}");
        assertProblemOn(badOutcome, "outcome");

        Api.Reply missing = Api.as("handler")
                .postJson("complaints/campaigns/" + code + "/close", "{\"outcome\":\"NO_BREACH\",\"reason\":\"Fin\"}");
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertTrue(missing.text().contains("versions"), missing.text());

        Api.Reply malformed = Api.as("handler").postJson("complaints/campaigns/" + code + "/close", "{\"versions\":");
        assertEquals(400, malformed.status(), malformed.toString());
        assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed.contentType());

        assertEquals(
                404,
                Api.as("handler").get("complaints/campaigns/PL-1999-999999").status());
        for (String ref : refs) {
            assertEquals("QUALIFIED", Complaints.get(ref).getString("status"), "no bad request changed anything");
        }
    }

    @Test
    void onlyHandlersActOnAGroup() {
        List<String> refs = campaign();
        String code = refs.get(0);
        String body = "{\"versions\":" + versions(code) + ",\"assignee\":\"handler\",\"reason\":\"Répartition\"}";
        assertEquals(
                403,
                Api.as("manager")
                        .postJson("complaints/campaigns/" + code + "/assign", body)
                        .status());
        assertEquals(
                403,
                Api.as("admin")
                        .postJson(
                                "complaints/campaigns/" + code + "/inform",
                                "{\"versions\":" + versions(code)
                                        + ",\"summary\":\"Votre plainte est en cours d'instruction.\"}")
                        .status());
        assertEquals(
                403, Api.as("inspector").get("complaints/campaigns/" + code).status());
        assertEquals(401, Api.anonymous().get("complaints/campaigns/" + code).status());
        for (String ref : refs) {
            assertEquals("QUALIFIED", Complaints.get(ref).getString("status"));
        }
    }

    private static void assertProblemOn(Api.Reply reply, String field) {
        assertTrue(reply.status() == 400 || reply.status() == 422, reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        List<String> fields = reply.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(fields.contains(field), reply.toString());
    }
}
