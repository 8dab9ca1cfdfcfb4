package fr.vigie.it.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api/inspections}: the whole lifecycle, refusals as problem+json, roles, conflicts, the follow-up to sanctions. */
class InspectionApiIT extends RunningVigie {
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    @Test
    void goesFromThePlanToAFormalNoticeProposedAnnouncedToSanctions() {
        String siren = Inspections.uniqueSiren();
        JsonObject i = Inspections.open(siren);
        String ref = i.getString("reference");
        assertTrue(ref.matches("CTL-\\d{4}-\\d{4,}"), ref);
        assertEquals("PLANNED", i.getString("status"));
        assertEquals(List.of("PREPARE"), acts(i));

        i = Inspections.act("head", ref, "prepare", Inspections.prepareJson(i.getInt("version"), "inspector"));
        assertEquals("PREPARED", i.getString("status"));
        Api.Reply early = Api.as("inspector")
                .postJson(
                        "inspections/" + ref + "/conduct",
                        "{\"version\":" + i.getInt("version") + ",\"conductedOn\":\"" + Inspections.TODAY + "\"}");
        assertEquals(422, early.status(), early.toString());
        assertTrue(
                early.json().getString("detail").contains("not possible while the inspection is \"prepared\""),
                early.toString());

        i = Inspections.act("president", ref, "sign-mission-order", "{\"version\":" + i.getInt("version") + "}");
        assertFalse(i.getJsonObject("missionOrder").isNull("document"), i.toString());
        JsonArray documents = Api.as("inspector")
                .get("inspections/" + ref + "/documents")
                .jsonStructure()
                .asJsonArray();
        assertTrue(
                documents.stream()
                        .anyMatch(d -> d.asJsonObject().getString("filename").endsWith("ordre-de-mission.pdf")),
                documents.toString());

        i = Inspections.act(
                "inspector",
                ref,
                "conduct",
                "{\"version\":" + i.getInt("version") + ",\"conductedOn\":\"" + Inspections.TODAY + "\"}");
        Api.Reply evidence = Api.as("inspector")
                .post(
                        "inspections/" + ref + "/evidence?version=" + i.getInt("version") + "&filename=registre.pdf",
                        "application/pdf",
                        PDF);
        assertEquals(201, evidence.status(), evidence.toString());
        String evidenceId = evidence.json().getString("id");
        i = Inspections.get(ref);
        i = Inspections.act(
                "inspector",
                ref,
                "minutes",
                "{\"version\":" + i.getInt("version")
                        + ",\"peopleMet\":\"La DPO\",\"text\":\"Examen du registre des traitements et des journaux d'accès.\"}");
        i = Inspections.act(
                "inspector",
                ref,
                "findings",
                "{\"version\":" + i.getInt("version")
                        + ",\"article\":\"RGPD art. 32\",\"severity\":\"SERIOUS\",\"description\":\"Journaux d'accès non conservés\","
                        + "\"evidence\":[\"" + evidenceId + "\"]}");
        i = Inspections.act("inspector", ref, "notify-minutes", "{\"version\":" + i.getInt("version") + "}");
        assertEquals("MINUTES_NOTIFIED", i.getString("status"));
        String hash = i.getJsonObject("minutes").getString("sha256");
        assertEquals(64, hash.length());

        JsonArray clocks = Api.as("inspector")
                .get("clocks?caseRef=inspections:" + ref)
                .jsonStructure()
                .asJsonArray();
        assertEquals("INSPECTION_OBSERVATIONS", clocks.getJsonObject(0).getString("policyCode"), clocks.toString());
        Api.Reply tooEarly = Api.as("head")
                .postJson("inspections/" + ref + "/period-elapsed", "{\"version\":" + i.getInt("version") + "}");
        assertEquals(422, tooEarly.status(), tooEarly.toString());

        Api.Reply edit = Api.as("inspector")
                .postJson(
                        "inspections/" + ref + "/minutes",
                        "{\"version\":" + i.getInt("version")
                                + ",\"peopleMet\":\"x\",\"text\":\"Une réécriture du procès-verbal après coup.\"}");
        assertEquals(422, edit.status(), "notified minutes are locked: " + edit);

        Api.Reply observations = Api.as("inspector")
                .post(
                        "inspections/" + ref + "/observations?version=" + i.getInt("version") + "&receivedOn="
                                + Inspections.TODAY + "&filename=observations.pdf",
                        "application/pdf",
                        PDF);
        assertEquals(200, observations.status(), observations.toString());
        i = observations.json();
        assertEquals("OBSERVATIONS_CLOSED", i.getString("status"));

        i = Inspections.act(
                "head",
                ref,
                "close",
                "{\"version\":" + i.getInt("version")
                        + ",\"outcome\":\"FORMAL_NOTICE_PROPOSED\",\"reason\":\"Défaut de sécurité persistant\"}");
        assertEquals("CLOSED", i.getString("status"));
        assertEquals("FORMAL_NOTICE_PROPOSED", i.getString("outcome"));

        JsonArray entries = Api.as("auditor")
                .get("audit?caseRef=inspections:" + ref + "&size=100")
                .json()
                .getJsonArray("entries");
        JsonObject notified = entry(entries, "INSPECTION_MINUTES_NOTIFIED");
        assertTrue(notified.getString("changesJson").contains(hash), notified.toString());
        JsonObject published = entry(entries, "INSPECTION_FOLLOW_UP_PUBLISHED");
        assertTrue(published.getString("changesJson").contains("FORMAL_NOTICE_PROPOSED"), published.toString());
        assertTrue(published.getString("changesJson").contains("inspector,paul.inspecteur"), published.toString());
    }

    @Test
    void eachActBelongsToItsRole() {
        JsonObject i = Inspections.open(Inspections.uniqueSiren());
        String ref = i.getString("reference");
        assertEquals(
                403,
                Api.as("inspector")
                        .postJson("inspections", Inspections.openJson(Inspections.uniqueSiren(), "MINORS"))
                        .status());
        assertEquals(
                403,
                Api.as("manager")
                        .postJson(
                                "inspections/" + ref + "/prepare",
                                Inspections.prepareJson(i.getInt("version"), "inspector"))
                        .status());
        assertEquals(
                403,
                Api.as("president")
                        .postJson(
                                "inspections/" + ref + "/prepare",
                                Inspections.prepareJson(i.getInt("version"), "inspector"))
                        .status());
        assertEquals(403, Api.as("handler").get("inspections/" + ref).status());
        assertEquals(200, Api.as("manager").get("inspections/" + ref).status());
        assertTrue(
                acts(Api.as("manager").get("inspections/" + ref).json()).isEmpty(), "a manager reads and does nothing");
        assertEquals(
                List.of("PREPARE"),
                acts(Api.as("head").get("inspections/" + ref).json()));
    }

    @Test
    void aClosureWithRecommendationsSendsALetterKeptAsADocument() {
        JsonObject i = Inspections.notified(Inspections.uniqueSiren());
        String ref = i.getString("reference");
        Api.Reply observations = Api.as("inspector")
                .post(
                        "inspections/" + ref + "/observations?version=" + i.getInt("version") + "&receivedOn="
                                + Inspections.TODAY + "&filename=observations.pdf",
                        "application/pdf",
                        PDF);
        assertEquals(200, observations.status(), observations.toString());
        i = Inspections.act(
                "head",
                ref,
                "close",
                "{\"version\":" + observations.json().getInt("version")
                        + ",\"outcome\":\"RECOMMENDATIONS\",\"reason\":\"Vérifier l'âge des utilisateurs à l'inscription\"}");
        assertEquals("RECOMMENDATIONS", i.getString("outcome"));
        String letter = i.getString("closureLetter");

        Api.Reply pdf = Api.as("head").get("documents/" + letter);
        assertEquals(200, pdf.status(), pdf.toString());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(
                Api.as("head").get("inspections/" + ref + "/documents").text().contains("lettre-de-cloture"),
                "the letter is a document of the inspection");
        JsonArray entries = Api.as("auditor")
                .get("audit?caseRef=inspections:" + ref + "&size=100")
                .json()
                .getJsonArray("entries");
        assertTrue(entry(entries, "INSPECTION_CLOSURE_LETTER_ISSUED")
                .getString("changesJson")
                .contains("sha256"));
    }

    @Test
    void aClosureWithoutRecommendationsSendsNoLetter() {
        JsonObject i = Inspections.notified(Inspections.uniqueSiren());
        String ref = i.getString("reference");
        Api.Reply observations = Api.as("inspector")
                .post(
                        "inspections/" + ref + "/observations?version=" + i.getInt("version") + "&receivedOn="
                                + Inspections.TODAY + "&filename=observations.pdf",
                        "application/pdf",
                        PDF);
        assertEquals(200, observations.status(), observations.toString());
        i = Inspections.act(
                "head",
                ref,
                "close",
                "{\"version\":" + observations.json().getInt("version")
                        + ",\"outcome\":\"NO_ACTION\",\"reason\":\"Mise en conformité constatée\"}");
        assertTrue(!i.containsKey("closureLetter") || i.isNull("closureLetter"), i.toString());
    }

    @Test
    void theProgrammeProgressReportComesInThreeFormats() {
        int year = Inspections.TODAY.getYear();
        String siren = Inspections.uniqueSiren();
        Inspections.open(siren);
        JsonArray rows = Api.as("manager")
                .get("inspections/programme/" + year + "/progress")
                .jsonStructure()
                .asJsonArray();
        JsonObject minors = rows.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> "MINORS".equals(r.getString("theme")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no MINORS row in " + rows));
        assertTrue(minors.getInt("notStarted") >= 1, minors.toString());

        Api.Reply csv = Api.as("manager").get("inspections/programme/" + year + "/progress?format=csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.text().contains("Mineurs;"), csv.text());
        assertTrue(csv.text().contains("Thématique;Objectif;Programmés"), csv.text());
        Api.Reply xlsx = Api.as("head").get("inspections/programme/" + year + "/progress?format=xlsx");
        assertEquals(200, xlsx.status(), xlsx.toString());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII));
        Api.Reply pdf = Api.as("president").get("inspections/programme/" + year + "/progress?format=pdf");
        assertEquals(200, pdf.status(), pdf.toString());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(
                422,
                Api.as("head")
                        .get("inspections/programme/" + year + "/progress?format=doc")
                        .status());
        assertEquals(
                403,
                Api.as("handler")
                        .get("inspections/programme/" + year + "/progress?format=csv")
                        .status());
    }

    @Test
    void refusalsNameTheirField() {
        Api.Reply badSiren = Api.as("head").postJson("inspections", Inspections.openJson("732829321", "MINORS"));
        assertEquals(422, badSiren.status(), badSiren.toString());
        assertTrue(badSiren.contentType().startsWith("application/problem+json"), badSiren.contentType());
        assertEquals("organisationNumber", field(badSiren));

        Api.Reply badTheme =
                Api.as("head").postJson("inspections", Inspections.openJson(Inspections.uniqueSiren(), "ASTROLOGY"));
        assertEquals("theme", field(badTheme));

        Api.Reply breach = Api.as("head")
                .postJson(
                        "inspections",
                        "{\"origin\":\"BREACH_NOTIFICATION\",\"type\":\"DOCUMENTS\","
                                + "\"theme\":\"CYBERSECURITY\",\"organisationName\":\"Hôpital X\",\"organisationNumber\":\""
                                + Inspections.uniqueSiren()
                                + "\",\"subject\":\"Fuite de dossiers patients\",\"breachKnownOn\":\""
                                + Inspections.TODAY + "\",\"breachNotifiedOn\":\"" + Inspections.TODAY.minusDays(3)
                                + "\",\"breachPeopleAffected\":1200,\"breachDataCategories\":\"santé\"}");
        assertEquals(422, breach.status(), breach.toString());
        assertEquals("breachNotifiedOn", field(breach));

        Api.Reply limit = Api.as("head").get("inspections?limit=0");
        assertEquals("limit", field(limit));
        assertEquals(404, Api.as("head").get("inspections/CTL-1999-999999").status());
    }

    @Test
    void aSecondEditorOfTheSameVersionGetsAConflict() {
        JsonObject i = Inspections.open(Inspections.uniqueSiren());
        String ref = i.getString("reference");
        int seen = i.getInt("version");
        Inspections.act("head", ref, "prepare", Inspections.prepareJson(seen, "inspector"));
        Api.Reply second =
                Api.as("head").postJson("inspections/" + ref + "/prepare", Inspections.prepareJson(seen, "inspector"));
        assertEquals(409, second.status(), second.toString());
        assertTrue(second.contentType().startsWith("application/problem+json"));
    }

    @Test
    void anInspectorWhoDeclaredAnInterestIsKeptOffTheTeam() {
        String siren = Inspections.uniqueSiren();
        Api.Reply declared = Api.as("head")
                .postJson(
                        "inspections/interests",
                        "{\"inspector\":\"conflicted.inspector\","
                                + "\"organisationName\":\"Ancien employeur\",\"organisationNumber\":\"" + siren + "\","
                                + "\"statement\":\"Ancien salarié jusqu'en 2024\"}");
        assertEquals(201, declared.status(), declared.toString());
        JsonObject i = Inspections.open(siren);
        Api.Reply refused = Api.as("head")
                .postJson(
                        "inspections/" + i.getString("reference") + "/prepare",
                        Inspections.prepareJson(i.getInt("version"), "conflicted.inspector"));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("lead", field(refused));
        Api.Reply forOthers = Api.as("inspector")
                .postJson(
                        "inspections/interests",
                        "{\"inspector\":\"someone.else\"," + "\"organisationName\":\"X\",\"statement\":\"y\"}");
        assertEquals(403, forOthers.status(), "an inspector declares only their own interests: " + forOthers);
        assertTrue(forOthers.contentType().startsWith("application/problem+json"), forOthers.contentType());
    }

    @Test
    void theListFiltersAndSortsInTheDatabase() {
        String siren = Inspections.uniqueSiren();
        JsonObject a = Inspections.open(siren);
        Inspections.signed(siren);
        JsonObject page = Api.as("manager")
                .get("inspections?organisation=" + siren + "&sort=status&ascending=true")
                .json();
        assertEquals(2, page.getInt("total"));
        assertEquals("PLANNED", page.getJsonArray("rows").getJsonObject(0).getString("status"));
        page = Api.as("manager")
                .get("inspections?organisation=" + siren + "&status=PREPARED&inspector=inspector")
                .json();
        assertEquals(1, page.getInt("total"));
        page = Api.as("manager")
                .get("inspections?organisation=" + siren + "&theme=MINORS&type=ON_SITE&origin=PROGRAMME&quarter=4&year="
                        + Inspections.TODAY.getYear())
                .json();
        assertEquals(2, page.getInt("total"));
        assertFalse(page.getJsonArray("rows").stream()
                .noneMatch(r -> r.asJsonObject().getString("reference").equals(a.getString("reference"))));
    }

    @Test
    void aComplaintReferredToInspectionOpensOne() {
        String siren = Inspections.uniqueSiren();
        Api.Reply created = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Claire Martin\","
                                + "\"complainantEmail\":\"claire.martin@example.fr\",\"organisationName\":\"Réseau "
                                + siren + "\","
                                + "\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + siren + "\","
                                + "\"facts\":\"Le réseau social expose les profils des mineurs sans leur consentement.\","
                                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":3}");
        assertEquals(201, created.status(), created.toString());
        String complaint = created.json().getString("reference");
        JsonObject c = complaintAct(complaint, "acknowledge", "{\"version\":" + complaintVersion(complaint) + "}");
        c = complaintAct(
                complaint,
                "qualify",
                "{\"version\":" + c.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
        c = complaintAct(
                complaint,
                "assign",
                "{\"version\":" + c.getInt("version") + ",\"assignee\":\"handler\",\"reason\":\"Portefeuille\"}");
        complaintAct(
                complaint,
                "close",
                "{\"version\":" + c.getInt("version")
                        + ",\"outcome\":\"REFERRED_TO_INSPECTION\",\"reason\":\"Manquements répétés, contrôle nécessaire\"}");

        JsonArray opened = Api.as("head")
                .get("inspections/from?origin=complaints:" + complaint)
                .jsonStructure()
                .asJsonArray();
        assertEquals(1, opened.size(), opened.toString());
        JsonObject i = Inspections.get(((jakarta.json.JsonString) opened.get(0)).getString());
        assertEquals("COMPLAINT", i.getString("origin"));
        assertEquals("complaints:" + complaint, i.getString("originCase"));
        assertEquals(siren, i.getJsonObject("organisation").getString("number"));
        JsonArray entries = Api.as("auditor")
                .get("audit?caseRef=inspections:" + i.getString("reference"))
                .json()
                .getJsonArray("entries");
        assertEquals("system", entry(entries, "INSPECTION_OPENED").getString("actor"));
    }

    private static int complaintVersion(String reference) {
        return Api.as("handler").get("complaints/" + reference).json().getInt("version");
    }

    private static JsonObject complaintAct(String reference, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    private static List<String> acts(JsonObject file) {
        return file.getJsonArray("acts").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString())
                .sorted()
                .toList();
    }

    private static String field(Api.Reply reply) {
        assertEquals(422, reply.status(), reply.toString());
        JsonValue errors = reply.json().get("errors");
        return errors.asJsonArray().getJsonObject(0).getString("field");
    }

    private static JsonObject entry(JsonArray entries, String action) {
        return entries.stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> action.equals(e.getString("action")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(action + " not in " + entries));
    }
}
