package fr.vigie.it.sanctions;

import static fr.vigie.it.sanctions.Sanctions.onCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A document joins the case file through the API (the platform store checks the file, the act is
 * audited), then the versioned index of what the organisation may consult lists it; a committee
 * member may not attach, a renamed file is refused on its field.
 */
class SanctionsDocumentsApiIT extends RunningVigie {
    private static final byte[] PDF =
            "%PDF-1.4\n% reply of the organisation\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aDocumentIsAttachedThenIndexedForTheOrganisation() throws SQLException {
        String siren = Sanctions.uniqueSiren();
        Api.Reply opened = Sanctions.as("president")
                .postJson(
                        "sanctions/cases",
                        Sanctions.organisationJson("Pièces API " + siren, siren, "RGPD art. 32", null, null));
        assertEquals(201, opened.status(), opened.toString());
        String ref = opened.json().getString("reference");
        String member = Sanctions.person("mem", "SANCTIONS_MEMBER");

        assertEquals(403, upload(member, ref, "reponse.pdf", PDF).status(), "a member does not attach");
        Api.Reply renamed = upload("president", ref, "reponse.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, renamed.status(), "a renamed file is not a PDF: " + renamed);
        assertTrue(renamed.text().contains("\"file\""), renamed.text());

        Api.Reply stored = upload("president", ref, "reponse.pdf", PDF);
        assertEquals(201, stored.status(), stored.toString());
        String documentId = stored.json().getString("id");
        assertEquals(1, Sanctions.audited(ref, "DOCUMENT_ATTACHED"));

        JsonObject indexed = onCase(
                "president",
                ref,
                "add-to-file",
                "\"title\":\"Réponse de la société\",\"documentId\":\"" + documentId
                        + "\",\"audience\":\"ORGANISATION\"");
        assertEquals(1, indexed.getInt("fileIndexVersion"));
        assertEquals(
                documentId, indexed.getJsonArray("fileIndex").getJsonObject(0).getString("documentId"));
    }

    private static Api.Reply upload(String user, String ref, String filename, byte[] content) {
        long version = Sanctions.caseFile(ref).getJsonNumber("version").longValue();
        return Sanctions.as(user)
                .post(
                        "sanctions/cases/" + ref + "/documents?version=" + version + "&filename=" + filename,
                        "application/pdf",
                        content);
    }
}
