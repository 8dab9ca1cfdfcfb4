package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Documents: checksum on upload, type and size limits, access control on download. */
class DocumentsIT extends RunningVigie {
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void uploadedDocumentKeepsItsBytesAndChecksum() throws Exception {
        String caseRef = "platform:DOC-" + System.nanoTime();
        Api.Reply created = Api.as("admin")
                .post("cases/" + caseRef + "/documents", Multipart.TYPE, Multipart.file("lettre.pdf", PDF));
        assertEquals(201, created.status(), created.toString());
        JsonObject info = created.json();
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals(expected, info.getString("sha256"));
        assertEquals("application/pdf", info.getString("contentType"));

        Api.Reply download = Api.as("admin").get("documents/" + info.getString("id"));
        assertEquals(200, download.status());
        assertArrayEquals(PDF, download.body());
        assertTrue(download.header("Content-Disposition").contains("lettre.pdf"));
        assertEquals(
                1,
                Api.as("admin")
                        .get("cases/" + caseRef + "/documents")
                        .jsonStructure()
                        .asJsonArray()
                        .size());
    }

    @Test
    void otherUsersCannotReadADocumentTheyHaveNoRightTo() {
        String caseRef = "platform:DOC-" + System.nanoTime();
        String id = Api.as("admin")
                .post(
                        "cases/" + caseRef + "/documents",
                        Multipart.TYPE,
                        Multipart.file("note.txt", "confidentiel".getBytes(StandardCharsets.UTF_8)))
                .json()
                .getString("id");
        assertEquals(404, Api.as("handler").get("documents/" + id).status());
        assertEquals(
                0,
                Api.as("handler")
                        .get("cases/" + caseRef + "/documents")
                        .jsonStructure()
                        .asJsonArray()
                        .size());
    }

    @Test
    void disguisedExecutableIsRefusedOnTheFileField() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        Api.Reply r =
                Api.as("admin").post("cases/platform:DOC-X/documents", Multipart.TYPE, Multipart.file("scan.pdf", exe));
        assertEquals(415, r.status(), r.toString());
        assertEquals("file", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownTypeIsRefused() {
        Api.Reply r = Api.as("admin")
                .post(
                        "cases/platform:DOC-X/documents",
                        Multipart.TYPE,
                        Multipart.file("tool.sh", "#!/bin/sh".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(415, r.status(), r.toString());
    }

    @Test
    void oversizedDocumentIsRefused() {
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Reply r =
                Api.as("admin").post("cases/platform:DOC-X/documents", Multipart.TYPE, Multipart.file("big.pdf", big));
        assertEquals(413, r.status(), r.toString());
    }

    @Test
    void roleWithoutRightCannotAttach() {
        Api.Reply r =
                Api.as("manager").post("cases/platform:DOC-X/documents", Multipart.TYPE, Multipart.file("a.pdf", PDF));
        assertEquals(403, r.status(), r.toString());
    }

    @Test
    void aDossierTakesADocumentThroughItsOwnActAndAClosedOneRefusesIt() {
        String open = fr.vigie.it.dossiers.Dossiers.create("EHDS_ACCESS_APPLICATION", true)
                .getString("reference");
        Api.Reply attached = Api.as("instructor")
                .post("cases/dossiers:" + open + "/documents", Multipart.TYPE, Multipart.file("protocole.pdf", PDF));
        assertEquals(201, attached.status(), attached.toString());
        JsonArray history = fr.vigie.it.dossiers.Dossiers.get(open).getJsonArray("history");
        assertEquals(
                "ATTACHED",
                history.getJsonObject(history.size() - 1).getString("type"),
                "recorded in the dossier's history: " + history);

        String withdrawn = fr.vigie.it.dossiers.Dossiers.create("EHDS_ACCESS_APPLICATION", true)
                .getString("reference");
        fr.vigie.it.dossiers.Dossiers.act(withdrawn, "withdraw", "\"reason\":\"Projet abandonné\"");
        int before = documentsOf("dossiers:" + withdrawn);
        Api.Reply refused = Api.as("instructor")
                .post("cases/dossiers:" + withdrawn + "/documents", Multipart.TYPE, Multipart.file("tard.pdf", PDF));
        assertEquals(422, refused.status(), refused.toString());
        assertEquals(before, documentsOf("dossiers:" + withdrawn), "nothing stored on the withdrawn dossier");
    }

    private static int documentsOf(String caseRef) {
        return Api.as("instructor")
                .get("cases/" + caseRef + "/documents")
                .jsonStructure()
                .asJsonArray()
                .size();
    }

    @Test
    void aCaseWhoseDocumentsComeWithItsActsRefusesTheGenericUpload() {
        Api.Reply r = Api.as("handler")
                .post("cases/complaints:PL-2026-999999/documents", Multipart.TYPE, Multipart.file("note.pdf", PDF));
        assertEquals(422, r.status(), r.toString());
        assertEquals("file", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    /** A minimal multipart/form-data body with one part named "file". */
    static final class Multipart {
        static final String BOUNDARY = "vigie-test-boundary-7d3c";
        static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        static byte[] file(String filename, byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        private Multipart() {}
    }
}
