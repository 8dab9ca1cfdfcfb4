package fr.vigie.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A person asks what Vigie holds about them, then asks for it to be erased (GDPR Art. 15, 17):
 * every case holding their data is found by e-mail, name or address, exported as JSON and PDF, and
 * erased where the law allows — a closed complaint, not one still handled. Each act is audited
 * under the request's reference, never with the criteria.
 */
class SubjectRequestIT extends RunningVigie {

    @Test
    void aPersonsDataIsFoundExportedAndErasedWhereTheLawAllows() throws SQLException {
        String name = "Apolline Marchetti";
        String email = ClosedComplaints.uniqueEmail("apolline");
        String closed = ClosedComplaints.closed(name, email, "NO_BREACH");
        String open = ClosedComplaints.open(name, email);
        String request = "DPO-" + System.nanoTime();
        String byEmail = "{\"request\":\"" + request + "\",\"email\":\"" + email.toUpperCase() + "\"}";

        Api.Reply found = Api.as("admin").postJson("retention/subjects/search", byEmail);
        assertEquals(200, found.status(), found.toString());
        JsonArray hits = found.jsonStructure().asJsonArray();
        assertEquals(2, hits.size(), hits.toString());
        JsonObject closedHit = hit(hits, closed);
        assertEquals(name, closedHit.getJsonObject("personalData").getString("complainantName"));
        assertTrue(closedHit.getJsonArray("matchedOn").toString().contains("email"), closedHit.toString());
        assertTrue(RetentionIT.absent(closedHit, "erasureRefusal"), "the closed complaint may be erased: " + closedHit);
        JsonObject openHit = hit(hits, open);
        assertEquals("subject.refusal.open", openHit.getString("erasureRefusal"));

        Api.Reply byName = Api.as("admin")
                .postJson("retention/subjects/search", "{\"request\":\"" + request + "\",\"name\":\"marchetti\"}");
        assertTrue(byName.jsonStructure().asJsonArray().size() >= 2, byName.toString());

        Api.Reply json = Api.as("admin").postJson("retention/subjects/export", byEmail);
        assertEquals(200, json.status(), json.toString());
        assertTrue(json.text().contains(name) && json.text().contains("complaints:" + closed), json.text());
        Api.Reply pdf = Api.as("admin").postJson("retention/subjects/export?format=pdf", byEmail);
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.toString());
        String pdfText = pdfText(pdf.body());
        assertTrue(pdfText.contains(name) && pdfText.contains(closed), pdfText);

        Api.Reply refused = Api.as("admin")
                .postJson(
                        "retention/subjects/erase",
                        "{\"request\":\"" + request + "\",\"caseRef\":\"complaints:" + open
                                + "\",\"reason\":\"Demande de la personne\"}");
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
        Api.Reply noRequest = Api.as("admin")
                .postJson(
                        "retention/subjects/erase",
                        "{\"caseRef\":\"complaints:" + closed + "\",\"reason\":\"Demande de la personne\"}");
        assertEquals(422, noRequest.status(), noRequest.toString());
        assertTrue(noRequest.text().contains("request"), noRequest.toString());

        Api.Reply erased = Api.as("admin")
                .postJson(
                        "retention/subjects/erase",
                        "{\"request\":\"" + request + "\",\"caseRef\":\"complaints:" + closed
                                + "\",\"reason\":\"Demande de la personne\"}");
        assertEquals(200, erased.status(), erased.toString());
        JsonObject file = ClosedComplaints.file(closed);
        assertEquals("Plaignant pseudonymisé", file.getJsonObject("complainant").getString("name"));
        assertEquals(
                name,
                ClosedComplaints.file(open).getJsonObject("complainant").getString("name"),
                "the open complaint is kept whole");
        assertEquals(0, RetentionIT.auditReasonsNaming(closed, "Marchetti"));

        JsonArray after = Api.as("admin")
                .postJson("retention/subjects/search", byEmail)
                .jsonStructure()
                .asJsonArray();
        assertEquals(1, after.size(), "only the open complaint still holds her e-mail address: " + after);

        String audit = Api.as("auditor")
                .get("audit?caseRef=complaints:" + closed + "&size=100")
                .text();
        assertTrue(audit.contains("SUBJECT_DATA_ERASED") && audit.contains(request), audit);
        String searches = Api.as("auditor")
                .get("audit?action=SUBJECT_DATA_SEARCHED&size=100")
                .text();
        assertTrue(searches.contains(request), searches);
        assertFalse(searches.contains(email), "the criteria are not written in the trail");
        String exports = Api.as("auditor")
                .get("access-log?kind=EXPORT&user=admin&size=50")
                .text();
        assertTrue(exports.contains(request), "the export is in the read-access log: " + exports);
        assertTrue(Api.as("auditor").get("audit/verify").json().getBoolean("intact"));
    }

    @Test
    void aSearchNeedsARequestAndACriterion() {
        Api.Reply none = Api.as("admin").postJson("retention/subjects/search", "{\"request\":\"DPO-1\"}");
        assertEquals(422, none.status(), none.toString());
        assertTrue(none.text().contains("name"), none.toString());
        Api.Reply noRequest = Api.as("admin").postJson("retention/subjects/search", "{\"name\":\"Martin\"}");
        assertEquals(422, noRequest.status(), noRequest.toString());
        assertTrue(noRequest.text().contains("request"), noRequest.toString());
        Api.Reply tooShort =
                Api.as("admin").postJson("retention/subjects/search", "{\"request\":\"DPO-1\",\"name\":\"Li\"}");
        assertEquals(422, tooShort.status(), tooShort.toString());
    }

    private static JsonObject hit(JsonArray hits, String reference) {
        return hits.stream()
                .map(v -> v.asJsonObject())
                .filter(h -> h.getJsonObject("caseRef").getString("reference").equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + hits));
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
