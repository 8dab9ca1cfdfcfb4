package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 12 across the two modules: a cross-border complaint that the handler transmits to the presumed
 * lead authority, or keeps because the authority leads, becomes a cross-border case through the
 * published event alone (CrossBorderComplaintTransmitted): concerned with the lead named, or lead, with
 * the complaint joined and the case dated on the complaint's receipt day. A second complaint against the
 * same organisation and lead joins the same case.
 */
class CrossBorderChainIT extends RunningVigie {

    private static String organisation() {
        return "Plateforme Chaîne " + Long.toString(System.nanoTime(), 36) + " Ltd";
    }

    private static String transmitted(String organisation, String lead) {
        JsonObject file = CrossBorderComplaintApiIT.receive(CrossBorderComplaintApiIT.json(organisation, null, null));
        String ref = file.getString("reference");
        file = CrossBorderComplaintApiIT.act(ref, "admissible", "{\"version\":" + file.getInt("version") + "}");
        file = CrossBorderComplaintApiIT.act(
                ref,
                "assessment",
                "{\"version\":" + file.getInt("version") + ",\"crossBorder\":true,\"presumedLead\":\"" + lead
                        + "\",\"reason\":\"Établissement principal\"}");
        CrossBorderComplaintApiIT.act(
                ref, "FR".equals(lead) ? "lead-here" : "transmission", "{\"version\":" + file.getInt("version") + "}");
        return ref;
    }

    private static JsonObject caseAbout(String organisation, String role) {
        Api.Reply list = Api.as("handler").get("cross-border-cases?limit=100&role=" + role);
        assertEquals(200, list.status(), list.toString());
        List<JsonObject> rows = list.json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("organisationName").equals(organisation))
                .toList();
        assertEquals(1, rows.size(), "one case about " + organisation + ": " + list.json());
        Api.Reply file =
                Api.as("handler").get("cross-border-cases/" + rows.get(0).getString("reference"));
        assertEquals(200, file.status(), file.toString());
        return file.json();
    }

    private static List<String> joined(JsonObject crossBorderCase) {
        return crossBorderCase.getJsonArray("joinedComplaints").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    void complaintsTransmittedToTheLeadJoinOneCaseWhereTheAuthorityIsConcerned() {
        String organisation = organisation();
        String first = transmitted(organisation, "IE");
        String second = transmitted(organisation, "IE");

        JsonObject crossBorderCase = caseAbout(organisation, "CONCERNED");
        assertEquals("IE", crossBorderCase.getString("lead"));
        assertEquals("GDPR_ONLY", crossBorderCase.getString("rules"), "received before 2 April 2027");
        List<String> complaints = joined(crossBorderCase);
        assertTrue(
                complaints.containsAll(List.of("complaints:" + first, "complaints:" + second)), complaints.toString());
    }

    @Test
    void aComplaintTheAuthorityLeadsOpensACaseItLeads() {
        String organisation = organisation();
        String ref = transmitted(organisation, "FR");

        JsonObject crossBorderCase = caseAbout(organisation, "LEAD");
        assertEquals("FR", crossBorderCase.getString("lead"));
        assertEquals(List.of("complaints:" + ref), joined(crossBorderCase));
    }
}
