package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From intake to closure through the API: clocks, letters, audit, links and campaigns. */
class ComplaintLifecycleIT extends RunningVigie {
    private static final String FACTS =
            "Mon employeur a installé une caméra qui filme en permanence la salle de pause.";

    private static List<JsonObject> clocks(String reference) {
        JsonArray clocks = Api.as("handler")
                .get("clocks?caseRef=complaints:" + reference)
                .jsonStructure()
                .asJsonArray();
        return clocks.stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    void acknowledgementMeetsItsClockAndSendsALetter() {
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
        assertEquals("ACKNOWLEDGED", c.getString("status"));
        JsonObject letter = c.getJsonArray("letters").getJsonObject(0);
        assertEquals("ACKNOWLEDGEMENT", letter.getString("type"));
        Api.Reply pdf = Api.as("handler").get("documents/" + letter.getString("document"));
        assertEquals(200, pdf.status());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        JsonObject ack = clocks(ref).stream()
                .filter(k -> k.getString("policyCode").equals("COMPLAINT_ACKNOWLEDGEMENT"))
                .findFirst()
                .orElseThrow();
        assertEquals("MET", ack.getString("state"));
    }

    /**
     * The letter table allows a letter without its PDF (the benchmark data, a history taken over from an
     * earlier system): the file is still read, and the letter is listed without a document. EclipseLink's
     * default UUID conversion failed on the empty column and the whole file with it.
     */
    @Test
    void aLetterWithoutItsPdfStillLetsTheFileBeRead() throws java.sql.SQLException {
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        Complaints.act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement insert = db.prepareStatement("INSERT INTO complaints.letter"
                        + " (complaint_id, letter_type, sent_on, sent_by, document_id, summary)"
                        + " SELECT id, 'INFORMATION_OF_PROGRESS', current_date, 'handler', NULL, 'reprise sans PDF'"
                        + " FROM complaints.complaint WHERE reference = ?")) {
            insert.setString(1, ref);
            assertEquals(1, insert.executeUpdate());
        }
        JsonArray letters = Complaints.get(ref).getJsonArray("letters");
        assertEquals(2, letters.size(), letters.toString());
        assertTrue(
                letters.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(l -> l.getString("type").equals("ACKNOWLEDGEMENT") && l.containsKey("document")),
                letters.toString());
        assertTrue(
                letters.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(l -> l.getString("type").equals("INFORMATION_OF_PROGRESS")
                                && (!l.containsKey("document") || l.isNull("document"))),
                letters.toString());
    }

    @Test
    void informingTheComplainantStartsTheNextArt782Period() {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(
                ref,
                "inform",
                "{\"version\":" + c.getInt("version")
                        + ",\"summary\":\"Nous avons interrogé votre employeur et attendons sa réponse.\"}");
        assertTrue(c.containsKey("lastInformedOn"));
        List<JsonObject> art78 = clocks(ref).stream()
                .filter(k -> k.getString("policyCode").equals("GDPR_ART_78_2_INFORM_COMPLAINANT"))
                .toList();
        assertEquals(2, art78.size(), art78.toString());
        assertEquals("MET", art78.get(0).getString("state"));
        assertEquals("RUNNING", art78.get(1).getString("state"));
        assertEquals(c.getString("lastInformedOn"), art78.get(1).getString("startEvent"));
        assertTrue(c.getJsonArray("letters").stream()
                .anyMatch(l -> l.asJsonObject().getString("type").equals("INFORMATION_OF_PROGRESS")));
    }

    @Test
    void aRequestToTheOrganisationRunsItsAnswerClock() {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(
                ref,
                "requests",
                "{\"version\":" + c.getInt("version")
                        + ",\"questions\":\"Merci de nous indiquer la finalité du dispositif et sa base légale.\"}");
        assertEquals("UNDER_INSTRUCTION", c.getString("status"));
        long request =
                c.getJsonArray("requests").getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(clocks(ref).stream()
                .anyMatch(k -> k.getString("policyCode").equals("COMPLAINT_INSTRUCTION_REQUEST_ANSWER")
                        && k.getString("state").equals("RUNNING")));
        c = Complaints.act(
                ref,
                "answers",
                "{\"version\":" + c.getInt("version") + ",\"request\":" + request
                        + ",\"answeredOn\":\""
                        + c.getJsonArray("requests").getJsonObject(0).getString("sentOn")
                        + "\",\"summary\":\"Caméra retirée\"}");
        assertTrue(clocks(ref).stream()
                .anyMatch(k -> k.getString("policyCode").equals("COMPLAINT_INSTRUCTION_REQUEST_ANSWER")
                        && k.getString("state").equals("MET")));
        // the request letter never names the complainant
        String letterDoc = c.getJsonArray("letters").stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getString("type").equals("REQUEST_FOR_INFORMATION"))
                .findFirst()
                .orElseThrow()
                .getString("document");
        // The letter's text as a reader sees it (the PDF's streams are compressed: read the raw bytes, and
        // no name could ever be found in them).
        String pdfText = pdfText(Api.as("handler").get("documents/" + letterDoc).body());
        assertTrue(
                pdfText.contains(c.getJsonObject("organisation").getString("name")), "the letter is read: " + pdfText);
        assertTrue(pdfText.contains("finalité du dispositif"), "the questions are in the letter: " + pdfText);
        assertFalse(pdfText.contains("Claire Martin"), "the complainant is not named to the organisation");
    }

    @Test
    void closureWithReferralIsAuditedAndEndsTheClocks() throws Exception {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(
                ref,
                "close",
                "{\"version\":" + c.getInt("version")
                        + ",\"outcome\":\"REFERRED_TO_INSPECTION\",\"reason\":\"Dispositif à contrôler sur place\"}");
        assertEquals("CLOSED", c.getString("status"));
        assertEquals("REFERRED_TO_INSPECTION", c.getString("outcome"));
        assertTrue(c.getJsonArray("letters").stream()
                .anyMatch(l -> l.asJsonObject().getString("type").equals("CLOSURE")));
        assertTrue(
                clocks(ref).stream().allMatch(k -> List.of("MET", "STOPPED").contains(k.getString("state"))),
                clocks(ref).toString());

        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q =
                        db.prepareStatement("SELECT action, reason FROM platform.audit_entry WHERE case_ref = ?"
                                + " AND module = 'complaints' AND action LIKE 'COMPLAINT%' ORDER BY id")) {
            q.setString(1, "complaints:" + ref);
            try (ResultSet rs = q.executeQuery()) {
                java.util.List<String> actions = new java.util.ArrayList<>();
                String closeReason = null;
                while (rs.next()) {
                    actions.add(rs.getString(1));
                    if ("COMPLAINT_CLOSED".equals(rs.getString(1))) {
                        closeReason = rs.getString(2);
                    }
                }
                assertEquals(
                        List.of(
                                "COMPLAINT_RECEIVED",
                                "COMPLAINT_ACKNOWLEDGED",
                                "COMPLAINT_QUALIFIED",
                                "COMPLAINT_ASSIGNED",
                                "COMPLAINT_CLOSED"),
                        actions);
                assertEquals("Dispositif à contrôler sur place", closeReason);
            }
        }
    }

    @Test
    void onlyAnAdministratorReopensAndTheClockStartsAgain() {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(
                ref,
                "close",
                "{\"version\":" + c.getInt("version") + ",\"outcome\":\"NO_BREACH\",\"reason\":\"Conforme\"}");
        String body = "{\"version\":" + c.getInt("version") + ",\"reason\":\"Nouveaux éléments transmis\"}";
        assertEquals(
                403,
                Api.as("handler")
                        .postJson("complaints/" + ref + "/reopen", body)
                        .status());
        Api.Reply reopened = Api.as("admin").postJson("complaints/" + ref + "/reopen", body);
        assertEquals(200, reopened.status(), reopened.toString());
        assertEquals("UNDER_INSTRUCTION", reopened.json().getString("status"));
        assertTrue(clocks(ref).stream()
                .anyMatch(k -> k.getString("policyCode").equals("GDPR_ART_78_2_INFORM_COMPLAINANT")
                        && k.getString("state").equals("RUNNING")));
    }

    @Test
    void complaintsAgainstTheSameOrganisationAreSuggestedThenLinkedIntoACampaign() {
        String siren = Complaints.uniqueSiren();
        String first = Complaints.create(siren, FACTS).getString("reference");
        String second = Complaints.create(
                        siren, "Démarchage téléphonique incessant malgré mon inscription sur Bloctel.")
                .getString("reference");
        JsonArray links = Api.as("handler")
                .get("complaints/" + second + "/links")
                .jsonStructure()
                .asJsonArray();
        JsonObject suggestion = links.stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getString("otherReference").equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError(links));
        assertEquals("SAME_ORGANISATION", suggestion.getString("kind"));
        assertEquals("SUGGESTED", suggestion.getString("status"));

        Api.Reply confirmed = Api.as("handler")
                .postJson(
                        "complaints/" + second + "/links/" + suggestion.getInt("id") + "/confirm",
                        "{\"version\":" + suggestion.getInt("version")
                                + ",\"reason\":\"Même campagne de démarchage\"}");
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals(first, Complaints.get(second).getString("campaign"));
        assertEquals(first, Complaints.get(first).getString("campaign"));
        assertTrue(Complaints.get(first).getJsonArray("timeline").stream()
                .anyMatch(e -> e.asJsonObject().getString("type").equals("LINK_CONFIRMED")));
    }

    @Test
    void similarFactsAreSuggestedEvenForAnotherOrganisation() {
        String marker = "parfumerie " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String facts = "Ma carte de fidélité de la " + marker
                + " a servi à m'inscrire sans mon accord à des lettres commerciales.";
        String first = Complaints.create(Complaints.uniqueSiren(), facts).getString("reference");
        String second = Complaints.create(Complaints.uniqueSiren(), facts + " Même chose pour ma sœur.")
                .getString("reference");
        // The similar-facts search runs once the intake has committed, from a queue: its suggestion follows.
        JsonArray links = null;
        for (long deadline = System.currentTimeMillis() + 30_000;
                !hasSimilarFactsLinkTo(links, first) && System.currentTimeMillis() < deadline; ) {
            links = Api.as("handler")
                    .get("complaints/" + second + "/links")
                    .jsonStructure()
                    .asJsonArray();
            if (!hasSimilarFactsLinkTo(links, first)) {
                pause(200);
            }
        }
        assertTrue(hasSimilarFactsLinkTo(links, first), String.valueOf(links));
    }

    private static boolean hasSimilarFactsLinkTo(JsonArray links, String other) {
        return links != null
                && links.stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(l -> l.getString("otherReference").equals(other)
                                && l.getString("kind").equals("SIMILAR_FACTS"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
