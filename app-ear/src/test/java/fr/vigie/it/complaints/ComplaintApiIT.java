package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /api/complaints}: intake, reading, the work list, errors as problem+json. */
class ComplaintApiIT extends RunningVigie {
    private static final String FACTS = "La société continue de m'envoyer des SMS publicitaires malgré mon opposition.";

    @Test
    void intakeCreatesAComplaintWithItsTwoClocks() {
        String siren = Complaints.uniqueSiren();
        Api.Reply created = Api.as("handler").postJson("complaints", Complaints.intakeJson(siren, FACTS, null));
        assertEquals(201, created.status(), created.toString());
        String reference = created.json().getString("reference");
        assertTrue(reference.matches("PL-\\d{4}-\\d{6,}"), reference);
        assertTrue(created.header("Location").endsWith("/api/complaints/" + reference));

        JsonObject file = Complaints.get(reference);
        assertEquals("RECEIVED", file.getString("status"));
        assertEquals(siren, file.getJsonObject("organisation").getString("identifier"));
        assertEquals("RECEIVED", file.getJsonArray("timeline").getJsonObject(0).getString("type"));

        JsonArray clocks = Api.as("handler")
                .get("clocks?caseRef=complaints:" + reference)
                .jsonStructure()
                .asJsonArray();
        List<String> policies = clocks.stream()
                .map(v -> v.asJsonObject().getString("policyCode"))
                .sorted()
                .toList();
        assertEquals(List.of("COMPLAINT_ACKNOWLEDGEMENT", "GDPR_ART_78_2_INFORM_COMPLAINANT"), policies);
    }

    @Test
    void aDoubleSubmissionCreatesOneComplaint() {
        String siren = Complaints.uniqueSiren();
        String key = UUID.randomUUID().toString();
        Api.Reply first = Api.as("handler").postJson("complaints", Complaints.intakeJson(siren, FACTS, key));
        Api.Reply second = Api.as("handler").postJson("complaints", Complaints.intakeJson(siren, FACTS, key));
        assertEquals(201, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());
        assertEquals(first.json().getString("reference"), second.json().getString("reference"));
        assertEquals(
                1,
                Api.as("handler").get("complaints?organisation=" + siren).json().getInt("total"));
    }

    @Test
    void invalidFieldsAreListedInAProblem() {
        Api.Reply r = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"PIGEON\",\"complainantName\":\"\",\"organisationName\":\"X\",\"organisationCountry\":\"FR\","
                                + "\"facts\":\"court\",\"categories\":[],\"peopleAffected\":0}");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(
                fields.containsAll(List.of("channel", "complainantName", "facts", "categories", "peopleAffected")),
                fields.toString());
    }

    @Test
    void aBadSirenChecksumIsRefusedOnItsField() {
        Api.Reply r = Api.as("handler").postJson("complaints", Complaints.intakeJson("732829321", FACTS, null));
        assertEquals(422, r.status(), r.toString());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("organisationIdentifier", error.getString("field"));
        assertTrue(error.getString("message").contains("Luhn"), error.toString());
    }

    @Test
    void malformedJsonIsAProblemToo() {
        Api.Reply r = Api.as("handler").postJson("complaints", "{\"channel\": \"WEB_FORM\",");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    @Test
    void theListIsPagedFilteredAndSortedByTheDatabase() {
        String siren = Complaints.uniqueSiren();
        for (int i = 0; i < 3; i++) {
            Complaints.create(siren, FACTS + " Épisode " + i + ".");
        }
        JsonObject page = Api.as("handler")
                .get("complaints?organisation=" + siren + "&limit=2&sort=reference&ascending=true")
                .json();
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getJsonArray("rows").size());
        String first = page.getJsonArray("rows").getJsonObject(0).getString("reference");
        JsonObject next = Api.as("handler")
                .get("complaints?organisation=" + siren + "&limit=2&offset=2&sort=reference&ascending=true")
                .json();
        assertEquals(1, next.getJsonArray("rows").size());
        assertTrue(first.compareTo(next.getJsonArray("rows").getJsonObject(0).getString("reference")) < 0);
        assertFalse(
                page.getJsonArray("rows").getJsonObject(0).containsKey("complainantName"), "no identity in the list");
    }

    @Test
    void frenchFullTextSearchFindsInflectedWords() {
        String word = "zorglub" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String siren = Complaints.uniqueSiren();
        String reference = Complaints.create(
                        siren, "Les caméras de surveillance filment les salariés du magasin " + word + ".")
                .getString("reference");
        JsonObject page =
                Api.as("manager").get("complaints?q=" + "camera%20" + word).json();
        // "caméras" (plural, accent) is found by "camera": French stemming and unaccented forms of the configuration
        List<String> refs = page.getJsonArray("rows").stream()
                .map(v -> v.asJsonObject().getString("reference"))
                .toList();
        assertTrue(
                refs.contains(reference)
                        || Api.as("manager")
                                .get("complaints?q=cam%C3%A9ra%20" + word)
                                .json()
                                .getJsonArray("rows")
                                .stream()
                                .anyMatch(v ->
                                        v.asJsonObject().getString("reference").equals(reference)),
                refs.toString());
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsSaved() {
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        int version = c.getInt("version");
        Complaints.act(ref, "acknowledge", "{\"version\":" + version + "}");
        Api.Reply stale = Api.as("handler")
                .postJson(
                        "complaints/" + ref + "/qualify",
                        "{\"version\":" + version
                                + ",\"admissible\":false,\"competent\":true,\"crossBorder\":false,\"reason\":\"Vu trop tard\"}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("ACKNOWLEDGED", Complaints.get(ref).getString("status"));
    }

    @Test
    void anIllegalTransitionIsExplained() {
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        Api.Reply r = Api.as("handler")
                .postJson(
                        "complaints/" + c.getString("reference") + "/close",
                        "{\"version\":" + c.getInt("version") + ",\"outcome\":\"NO_BREACH\",\"reason\":\"Trop tôt\"}");
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.json().getString("detail").contains("qualify it first"), r.toString());
    }

    @Test
    void managersReadButDoNotActOtherRolesSeeNothing() {
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        assertEquals(200, Api.as("manager").get("complaints/" + ref).status());
        assertEquals(
                403,
                Api.as("manager")
                        .postJson("complaints/" + ref + "/acknowledge", "{\"version\":" + c.getInt("version") + "}")
                        .status());
        assertEquals(
                403,
                Api.as("manager")
                        .postJson("complaints", Complaints.intakeJson(Complaints.uniqueSiren(), FACTS, null))
                        .status());
        assertEquals(403, Api.as("inspector").get("complaints").status());
        assertEquals(401, Api.anonymous().get("complaints").status());
    }

    @Test
    void countersOfTheInformationClock() {
        JsonObject counters = Api.as("manager").get("complaints/counters").json();
        assertTrue(counters.containsKey("atRisk") && counters.containsKey("breached"), counters.toString());
        assertNotEquals(JsonValue.ValueType.NULL, counters.get("breached").getValueType());
    }
}
