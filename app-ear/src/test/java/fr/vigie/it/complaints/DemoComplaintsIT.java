package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo complaints seeded at start-up by the test profile ({@code vigie.demo.enabled}): every
 * stage and outcome, a campaign, a reopened complaint, histories in the past, and legal clocks
 * started in the past so that the Art. 78(2) counters show complaints at risk and breached. Demo
 * complaints are recognised by the demo organisations' SIRENs (tests create their own at random).
 */
class DemoComplaintsIT extends RunningVigie {
    private static final String TELECOM = "412837650";
    private static final List<String> DEMO_SIRENS = List.of(
            TELECOM,
            "520193848",
            "603472192",
            "382910479",
            "793102567",
            "448207316",
            "551029382",
            "837461029",
            "315680496");

    private static List<JsonObject> demoRows() {
        List<JsonObject> rows = new java.util.ArrayList<>();
        for (String siren : DEMO_SIRENS) {
            JsonObject page = Api.as("manager")
                    .get("complaints?organisation=" + siren + "&limit=100")
                    .json();
            page.getJsonArray("rows").forEach(v -> rows.add(v.asJsonObject()));
        }
        // The Irish organisation has no SIREN: found by its name.
        JsonObject social = Api.as("manager")
                .get("complaints?organisation=Friendly%20Social&limit=100")
                .json();
        social.getJsonArray("rows").forEach(v -> rows.add(v.asJsonObject()));
        return rows;
    }

    /** JSON-B leaves null properties out. */
    private static boolean has(JsonObject row, String key) {
        return row.containsKey(key) && !row.isNull(key);
    }

    @Test
    void aboutTwentyComplaintsAtEveryStage() {
        List<JsonObject> rows = demoRows();
        assertTrue(rows.size() >= 20 && rows.size() <= 30, "demo complaints: " + rows.size());
        Set<String> statuses = rows.stream().map(r -> r.getString("status")).collect(Collectors.toSet());
        assertEquals(
                Set.of("RECEIVED", "ACKNOWLEDGED", "QUALIFIED", "ASSIGNED", "UNDER_INSTRUCTION", "CLOSED"), statuses);
        assertTrue(rows.stream().filter(r -> has(r, "assignee")).allMatch(r -> r.getString("assignee")
                .equals("handler")));
    }

    @Test
    void closedWithEveryOutcomeAndOneReopened() {
        Set<String> outcomes = demoRows().stream()
                .filter(r -> r.getString("status").equals("CLOSED"))
                .map(r -> Complaints.get(r.getString("reference")).getString("outcome"))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "INADMISSIBLE",
                        "NO_BREACH",
                        "RESOLVED_AFTER_INTERVENTION",
                        "REPRIMAND_REQUESTED",
                        "REFERRED_TO_INSPECTION",
                        "REFERRED_TO_SANCTIONS",
                        "TRANSFERRED_TO_LEAD_AUTHORITY"),
                outcomes);
        long reopened = demoRows().stream()
                .map(r -> Complaints.get(r.getString("reference")))
                .filter(f -> f.getJsonArray("timeline").stream()
                        .anyMatch(e -> e.asJsonObject().getString("type").equals("REOPENED")))
                .count();
        assertEquals(1, reopened);
    }

    @Test
    void historiesAreInThePastWithLettersAndTheSystemAsAuthorInTheAuditTrail() {
        JsonObject informedTwice = demoRows().stream()
                .map(r -> Complaints.get(r.getString("reference")))
                .filter(f -> f.getJsonArray("timeline").stream()
                                .filter(e -> e.asJsonObject().getString("type").equals("COMPLAINANT_INFORMED"))
                                .count()
                        == 2)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no complaint informed twice"));
        String received = informedTwice.getString("receivedOn");
        assertTrue(
                java.time.LocalDate.parse(received)
                        .isBefore(java.time.LocalDate.now().minusDays(150)),
                received);
        JsonArray letters = informedTwice.getJsonArray("letters");
        assertTrue(letters.size() >= 3, letters.toString());
        String document = letters.getJsonObject(0).getString("document");
        assertEquals(200, Api.as("handler").get("documents/" + document).status());
        String audit = Api.as("auditor")
                .get("audit?caseRef=complaints:" + informedTwice.getString("reference"))
                .text();
        assertTrue(audit.contains("COMPLAINT_RECEIVED") && audit.contains("system"), audit);
    }

    @Test
    void aCampaignOfLinkedComplaints() {
        List<JsonObject> campaign =
                demoRows().stream().filter(r -> has(r, "campaign")).toList();
        Set<String> codes = campaign.stream().map(r -> r.getString("campaign")).collect(Collectors.toSet());
        assertEquals(1, codes.size(), codes.toString());
        assertEquals(4, campaign.size());
        JsonArray members = Api.as("handler")
                .get("complaints/campaigns/" + codes.iterator().next())
                .jsonStructure()
                .asJsonArray();
        assertEquals(4, members.size());
    }

    @Test
    void legalClocksStartedInThePastAreAtRiskAndBreached() throws SQLException {
        JsonObject counters = Api.as("manager").get("complaints/counters").json();
        // The counters read the module's mirror of the clocks: they must be what the platform's clocks say.
        assertEquals(openComplaintsWhoseInformationClockIs("AT_RISK"), counters.getInt("atRisk"), counters.toString());
        assertEquals(
                openComplaintsWhoseInformationClockIs("BREACHED"), counters.getInt("breached"), counters.toString());
        assertTrue(counters.getInt("atRisk") > 0 && counters.getInt("breached") > 0, "the demo has both: " + counters);
        List<JsonObject> rows = demoRows();
        assertTrue(
                rows.stream().anyMatch(r -> "BREACHED".equals(r.getString("informState", null))),
                "Art. 78(2) breached");
        assertTrue(
                rows.stream().anyMatch(r -> "AT_RISK".equals(r.getString("informState", null))), "Art. 78(2) at risk");
        // The acknowledgement clock of the complaint received nine days ago and never acknowledged ran out.
        JsonObject unacknowledged = rows.stream()
                .filter(r -> r.getString("status").equals("RECEIVED"))
                .map(r -> Complaints.get(r.getString("reference")))
                .filter(f -> java.time.LocalDate.parse(f.getString("receivedOn"))
                        .isBefore(java.time.LocalDate.now().minusDays(7)))
                .findFirst()
                .orElseThrow();
        JsonArray clocks = Api.as("handler")
                .get("clocks?caseRef=complaints:" + unacknowledged.getString("reference"))
                .jsonStructure()
                .asJsonArray();
        assertTrue(
                clocks.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(k -> k.getString("policyCode").equals("COMPLAINT_ACKNOWLEDGEMENT")
                                && k.getString("state").equals("BREACHED")),
                clocks.toString());
    }

    private static int openComplaintsWhoseInformationClockIs(String state) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT count(*) FROM complaints.complaint c"
                        + " JOIN platform.clock k ON k.id = c.inform_clock_id"
                        + " WHERE c.status <> 'CLOSED' AND k.status = ?")) {
            q.setString(1, state);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
