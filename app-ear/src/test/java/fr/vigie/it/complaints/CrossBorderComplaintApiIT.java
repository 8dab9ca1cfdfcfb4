package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/complaints/cross-border}: intake against Regulation (EU) 2025/2518 Art. 4(1), the
 * clocks chosen by the receipt day, admissibility, preliminary assessment, transmission (recorded,
 * audited, announced), lead here, received as the lead; bad input as problem+json.
 */
class CrossBorderComplaintApiIT extends RunningVigie {
    private static final String FACTS =
            "Le réseau social refuse d'effacer mes photos malgré ma demande du 3 mars, restée sans réponse.";

    private static String organisation() {
        return "Réseau Social " + Long.toString(System.nanoTime(), 36) + " Ltd";
    }

    static String json(String organisation, String receivedOn, String extra) {
        return "{\"channel\":\"STAFF_INTAKE\",\"complainantName\":\"Claire Martin\","
                + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"" + organisation + "\","
                + "\"organisationCountry\":\"IE\",\"facts\":\"" + FACTS + "\""
                + (receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\"")
                + (extra == null ? "" : "," + extra) + "}";
    }

    static JsonObject receive(String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/cross-border", json);
        assertEquals(201, r.status(), r.toString());
        assertTrue(r.header("Location").contains("/api/complaints/PL-"), r.header("Location"));
        return Complaints.get(r.json().getString("reference"));
    }

    static JsonObject act(String reference, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/cross-border/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    private static List<String> clockPolicies(String reference) {
        return Api.as("handler").get("clocks?caseRef=complaints:" + reference).jsonStructure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("policyCode"))
                .sorted()
                .toList();
    }

    private static String audit(String reference) {
        return Api.as("auditor").get("audit?caseRef=complaints:" + reference).text();
    }

    @Test
    void aComplaintReceivedBefore2April2027KeepsTheOldRulesAndGetsNoRegulationClock() {
        JsonObject file = receive(json(organisation(), "2026-11-30", null));
        JsonObject xb = file.getJsonObject("crossBorder");
        assertEquals("LODGED_HERE", xb.getString("route"));
        assertEquals("GDPR_ONLY", xb.getString("rules"));
        assertEquals("TO_CHECK", xb.getString("admissibility"));
        assertEquals(
                List.of("COMPLAINT_ACKNOWLEDGEMENT", "GDPR_ART_78_2_INFORM_COMPLAINANT"),
                clockPolicies(file.getString("reference")));
    }

    /**
     * The edge the other way: received on 2 April 2027, the Art. 4(2) and transmission clocks start.
     * The server's clock decides "today" and a complaint cannot be received in the future, so this
     * runs from that day on; until then the choice is proven by CrossBorderComplaintTest (domain).
     */
    @Test
    void aComplaintReceivedFrom2April2027GetsTheArt42AndTransmissionClocks() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Assumptions.assumeFalse(
                today.isBefore(LocalDate.of(2027, 4, 2)), "runs once the server's today is 2 April 2027 or later");
        JsonObject file = receive(json(organisation(), "2027-04-02", null));
        assertEquals(
                "GDPR_AND_REGULATION_2025_2518",
                file.getJsonObject("crossBorder").getString("rules"));
        assertEquals(
                List.of(
                        "COMPLAINT_ACKNOWLEDGEMENT",
                        "GDPR_ART_78_2_INFORM_COMPLAINANT",
                        "GDPR_PR_ART_4_2_INADMISSIBILITY",
                        "GDPR_PR_COMPLAINT_TRANSMISSION"),
                clockPolicies(file.getString("reference")));
    }

    @Test
    void anIncompleteSubmissionIsAProblemNamingEachMissingField() {
        Api.Reply r = Api.as("handler")
                .postJson(
                        "complaints/cross-border",
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\" \",\"organisationCountry\":\"IE\"}");
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(fields.containsAll(List.of("complainantName", "organisationName", "facts")), fields.toString());
        assertTrue(!fields.contains("categories") && !fields.contains("peopleAffected"), "nothing beyond Art. 4(1)");
    }

    @Test
    void aBodyWithoutItsMandateIsRefusedOnTheField() {
        Api.Reply r = Api.as("handler")
                .postJson(
                        "complaints/cross-border",
                        json(organisation(), null, "\"bodyName\":\"Association Vie Privée\""));
        assertEquals(422, r.status(), r.toString());
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("bodyMandate", error.getString("field"));
        assertTrue(error.getString("message").contains("4(1)(b)"), error.toString());
    }

    @Test
    void admissibleAssessedAndTransmittedToTheLeadWithWhatWasSent() {
        JsonObject file =
                receive(json(organisation(), null, "\"confidentialityClaimed\":true,\"presumedLead\":\"ie\""));
        String ref = file.getString("reference");
        assertEquals("IE", file.getJsonObject("crossBorder").getString("statedLead"));

        // Transmission before the assessment is refused, as a problem.
        Api.Reply early = Api.as("handler")
                .postJson(
                        "complaints/cross-border/" + ref + "/transmission",
                        "{\"version\":" + file.getInt("version") + "}");
        assertEquals(422, early.status(), early.toString());

        file = act(ref, "admissible", "{\"version\":" + file.getInt("version") + "}");
        assertEquals("ADMISSIBLE", file.getJsonObject("crossBorder").getString("admissibility"));
        file = act(
                ref,
                "assessment",
                "{\"version\":" + file.getInt("version")
                        + ",\"crossBorder\":true,\"presumedLead\":\"IE\",\"reason\":\"Établissement principal à Dublin\"}");
        assertEquals("IE", file.getJsonObject("crossBorder").getString("presumedLead"));
        file = act(
                ref,
                "transmission",
                "{\"version\":" + file.getInt("version") + ",\"documents\":[\"Capture d'écran du 3 mars\"]}");

        JsonObject xb = file.getJsonObject("crossBorder");
        assertEquals("IE", xb.getString("transmittedTo"));
        assertEquals(LocalDate.now(ZoneId.of("Europe/Paris")).toString(), xb.getString("transmittedOn"));
        assertEquals("handler", xb.getString("transmittedBy"));
        assertEquals(
                List.of("COMPLAINT_NON_CONFIDENTIAL_VERSION", "Capture d'écran du 3 mars"),
                xb.getJsonArray("documentsSent").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertTrue(xb.getJsonArray("acts").isEmpty(), "nothing left to do in the cross-border part");
        assertTrue(
                file.getJsonArray("letters").stream()
                        .anyMatch(l -> l.asJsonObject().getString("type").equals("TRANSMISSION_NOTICE")),
                "the complainant is told, and keeps dealing with this authority");

        String audit = audit(ref);
        assertTrue(audit.contains("COMPLAINT_XB_FOUND_ADMISSIBLE"), audit);
        assertTrue(audit.contains("COMPLAINT_XB_ASSESSED"), audit);
        assertTrue(
                audit.contains("COMPLAINT_XB_TRANSMITTED") && audit.contains("COMPLAINT_NON_CONFIDENTIAL_VERSION"),
                audit);
    }

    @Test
    void theAuthorityLeadsWhenTheAssessmentNamesFrance() {
        JsonObject file = receive(json(organisation(), null, null));
        String ref = file.getString("reference");
        file = act(ref, "admissible", "{\"version\":" + file.getInt("version") + "}");
        file = act(
                ref,
                "assessment",
                "{\"version\":" + file.getInt("version")
                        + ",\"crossBorder\":true,\"presumedLead\":\"FR\",\"reason\":\"Établissement principal à Paris\"}");
        Api.Reply refused = Api.as("handler")
                .postJson(
                        "complaints/cross-border/" + ref + "/transmission",
                        "{\"version\":" + file.getInt("version") + "}");
        assertEquals(422, refused.status(), refused.toString());
        file = act(ref, "lead-here", "{\"version\":" + file.getInt("version") + "}");
        assertNotNull(file.getJsonObject("crossBorder").getString("ledHereOn"));
        assertTrue(audit(ref).contains("COMPLAINT_XB_LED_HERE"));
    }

    @Test
    void anIncompleteComplaintIsDeclaredInadmissibleWithItsReasons() {
        JsonObject file = receive(json(organisation(), null, null));
        String ref = file.getString("reference");
        Api.Reply noItem = Api.as("handler")
                .postJson(
                        "complaints/cross-border/" + ref + "/inadmissible",
                        "{\"version\":" + file.getInt("version") + ",\"missing\":[],\"reasons\":\"Rien ne manque.\"}");
        assertEquals(422, noItem.status(), noItem.toString());
        assertEquals(
                "missing", noItem.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        file = act(
                ref,
                "inadmissible",
                "{\"version\":" + file.getInt("version")
                        + ",\"missing\":[\"CONTROLLER_OR_PROCESSOR\"],\"reasons\":\"Le responsable du traitement n'est pas identifiable.\"}");
        JsonObject xb = file.getJsonObject("crossBorder");
        assertEquals("INADMISSIBLE", xb.getString("admissibility"));
        assertEquals(
                "CONTROLLER_OR_PROCESSOR", xb.getJsonArray("missingInformation").getString(0));
        assertTrue(audit(ref).contains("COMPLAINT_XB_DECLARED_INADMISSIBLE"));
    }

    @Test
    void aComplaintFromAnotherAuthorityIsHandedToTheCooperationProcedureOnceQualified() {
        JsonObject file = receive("{\"channel\":\"EU_AUTHORITY_TRANSFER\",\"complainantName\":\"Seán Murphy\","
                + "\"complainantEmail\":\"sean.murphy@example.ie\",\"organisationName\":\"" + organisation()
                + "\",\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + Complaints.uniqueSiren()
                + "\",\"facts\":\"" + FACTS + "\",\"receivedFrom\":\"IE\",\"receivedFromReference\":\"IE-2026-0042\"}");
        String ref = file.getString("reference");
        JsonObject xb = file.getJsonObject("crossBorder");
        assertEquals("RECEIVED_FROM_AUTHORITY", xb.getString("route"));
        assertEquals("IE-2026-0042", xb.getString("receivedFromReference"));
        assertEquals("CHECKED_BY_LODGING_AUTHORITY", xb.getString("admissibility"));

        file = Complaints.act(ref, "acknowledge", "{\"version\":" + file.getInt("version") + "}");
        file = Complaints.act(
                ref,
                "qualify",
                "{\"version\":" + file.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":true,\"leadAuthority\":\"FR\",\"reason\":\"Chef de file\"}");
        assertNotNull(file.getJsonObject("crossBorder").getString("announcedOn"));
        String audit = audit(ref);
        assertTrue(audit.contains("COMPLAINT_XB_RECEIVED_AS_LEAD") && audit.contains("IE-2026-0042"), audit);
    }

    @Test
    void theWorkListFiltersCrossBorderComplaints() {
        String name = organisation();
        receive(json(name, null, null));
        JsonObject all = Api.as("handler")
                .get("complaints?crossBorder=true&organisation=" + name.replace(" ", "%20"))
                .json();
        assertEquals(1, all.getInt("total"), all.toString());
        String siren = Complaints.uniqueSiren();
        Complaints.create(siren, "Une plainte nationale ordinaire, sans élément transfrontalier.");
        assertEquals(
                0,
                Api.as("handler")
                        .get("complaints?crossBorder=true&organisation=" + siren)
                        .json()
                        .getInt("total"));
    }
}
