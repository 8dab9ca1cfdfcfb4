package fr.vigie.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The read-access log (issue 20): opening a file leaves an entry the auditor finds, only auditors
 * may search it, the table refuses to be rewritten, the purge keeps at least a year, and the volume
 * alert fires once for a person reading unusually many files (the test server's threshold is 60
 * reads an hour, config/test/vigie-env.xml).
 */
class AccessLogIT extends RunningVigie {
    private static final int TEST_THRESHOLD = 60;

    @Test
    void readingAComplaintLeavesAnEntryTheAuditorSees() {
        String reference = newComplaint();
        Api.Reply read = Api.as("handler").from("203.0.113.7").get("complaints/" + reference);
        assertEquals(200, read.status(), read.toString());

        JsonObject page = Api.as("auditor")
                .get("access-log?case=complaints:" + reference + "&user=handler")
                .json();
        assertEquals(1, page.getJsonNumber("total").intValue(), page.toString());
        JsonObject entry = page.getJsonArray("entries").getJsonObject(0);
        assertEquals("handler", entry.getString("actor"));
        assertEquals("FILE_OPENED", entry.getString("kind"));
        assertEquals("complaints", entry.getString("module"));
        assertEquals("complaints:" + reference, entry.getString("caseRef"));
        assertEquals("203.0.113.7", entry.getString("clientAddress"));
        assertEquals(read.header("X-Request-Id"), entry.getString("requestId"));

        JsonObject byKind = Api.as("auditor")
                .get("access-log?case=complaints:" + reference + "&kind=DOCUMENT_DOWNLOADED")
                .json();
        assertEquals(0, byKind.getJsonNumber("total").intValue(), byKind.toString());
    }

    @Test
    void downloadingADocumentLeavesAnEntryWithItsFileName() {
        String caseRef = "platform:DOC-READ-" + System.nanoTime();
        String boundary = "vigie-access-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"avis.pdf\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Reply uploaded = Api.as("admin")
                .post("cases/" + caseRef + "/documents", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals(
                200,
                Api.as("admin")
                        .get("documents/" + uploaded.json().getString("id"))
                        .status());

        JsonObject page = Api.as("auditor").get("access-log?case=" + caseRef).json();
        assertEquals(1, page.getJsonNumber("total").intValue(), page.toString());
        JsonObject entry = page.getJsonArray("entries").getJsonObject(0);
        assertEquals("admin", entry.getString("actor"));
        assertEquals("DOCUMENT_DOWNLOADED", entry.getString("kind"));
        assertEquals("avis.pdf", entry.getString("detail"));
    }

    @Test
    void onlyAuditorsMaySearchTheLog() {
        assertEquals(403, Api.as("handler").get("access-log").status());
        assertEquals(403, Api.as("admin").get("access-log").status());
        assertEquals(403, Api.as("manager").get("access-log/alerts").status());
        assertEquals(401, Api.anonymous().get("access-log").status());
        assertEquals(200, Api.as("auditor").get("access-log").status());
    }

    @Test
    void badParametersAreProblems() {
        for (String query : List.of(
                "access-log?kind=peek", "access-log?from=2026-02-01&to=2026-01-01", "access-log?case=nocolon")) {
            Api.Reply reply = Api.as("auditor").get(query);
            assertEquals(400, reply.status(), query + ": " + reply);
            assertTrue(reply.contentType().startsWith("application/problem+json"), query + ": " + reply);
        }
        Api.Reply kind = Api.as("auditor").get("access-log?kind=peek");
        assertTrue(kind.text().contains("peek"), kind.toString());
    }

    @Test
    void theLogCannotBeRewrittenAndThePurgeKeepsAYear() throws SQLException {
        String reference = newComplaint();
        assertEquals(200, Api.as("handler").get("complaints/" + reference).status());
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app");
                Statement s = app.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE platform.read_access SET actor = 'nobody'"));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            SQLException delete =
                    assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM platform.read_access"));
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
            SQLException tooRecent = assertThrows(
                    SQLException.class,
                    () -> s.executeQuery("SELECT platform.purge_read_access(now() - INTERVAL '30 days')"));
            assertTrue(tooRecent.getMessage().contains("at least 365 days"), tooRecent.getMessage());
        }
        // Even the database's superuser cannot change an entry or delete a recent one: the trigger refuses.
        try (Connection su = ItDatabase.superuser().getConnection();
                Statement s = su.createStatement()) {
            String where = " WHERE case_ref = 'complaints:" + reference + "'";
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("UPDATE platform.read_access SET actor = 'nobody'" + where));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete =
                    assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM platform.read_access" + where));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate =
                    assertThrows(SQLException.class, () -> s.executeUpdate("TRUNCATE platform.read_access"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
            // An entry from well over a year ago, as a long-running server would hold.
            s.executeUpdate("INSERT INTO platform.read_access (occurred_at, actor, kind, module, case_ref)"
                    + " VALUES (now() - INTERVAL '500 days', 'former', 'FILE_OPENED', 'complaints', 'complaints:PL-2020-"
                    + reference.substring(reference.length() - 6) + "')");
        }
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app");
                Statement s = app.createStatement();
                ResultSet purged = s.executeQuery("SELECT platform.purge_read_access(now() - INTERVAL '400 days')")) {
            purged.next();
            assertTrue(purged.getLong(1) >= 1, "the old entry is purged");
        }
        assertEquals(
                1,
                Api.as("auditor")
                        .get("access-log?case=complaints:" + reference)
                        .json()
                        .getJsonNumber("total")
                        .intValue(),
                "the recent entry stays");
    }

    @Test
    void theVolumeAlertFiresOnceForAPersonReadingUnusuallyManyFiles() throws SQLException {
        String reader = "reader" + System.nanoTime() % 1_000_000;
        String password = "a-long-enough-password";
        Api.Reply created = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + reader + "\",\"displayName\":\"R\",\"roles\":[\"COMPLAINT_HANDLER\"],"
                                + "\"password\":\"" + password + "\",\"reason\":\"read-access alert test\"}");
        assertEquals(201, created.status(), created.toString());
        String reference = newComplaint();
        Api api = Api.as(reader, password);

        for (int i = 0; i < TEST_THRESHOLD; i++) {
            assertEquals(200, api.get("complaints/" + reference).status());
        }
        assertEquals(0, alertsFor(reader).size(), "reading up to the threshold raises nothing");

        for (int i = 0; i < 4; i++) {
            assertEquals(200, api.get("complaints/" + reference).status());
        }
        List<JsonObject> alerts = alertsFor(reader);
        assertTrue(alerts.size() >= 1, "the alert fires");
        assertEquals(TEST_THRESHOLD + 1, alerts.get(alerts.size() - 1).getInt("readsInHour"));
        assertEquals(TEST_THRESHOLD, alerts.get(0).getInt("threshold"));
        assertEquals(
                alerts.size(),
                alerts.stream().map(a -> a.getString("windowStart")).distinct().count(),
                "at most one alert per person and hour, not one per read");

        String audit =
                Api.as("auditor").get("audit?action=READ_VOLUME_ALERT&size=100").text();
        assertTrue(audit.contains(reader), audit);
        try (Connection su = ItDatabase.superuser().getConnection();
                PreparedStatement q = su.prepareStatement("SELECT count(*) FROM platform.notification"
                        + " WHERE recipient = 'auditor' AND message_key = 'accessLog.alert.notification'"
                        + " AND message_args LIKE ?")) {
            q.setString(1, reader + "|%");
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                assertEquals(alerts.size(), rows.getInt(1), "the auditor is told once per alert");
            }
        }
    }

    private static List<JsonObject> alertsFor(String actor) {
        JsonArray all = Api.as("auditor")
                .get("access-log/alerts?limit=500")
                .jsonStructure()
                .asJsonArray();
        return all.stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("actor").equals(actor))
                .toList();
    }

    /** A new complaint, created by the demo handler; returns its reference. */
    static String newComplaint() {
        String siren = uniqueSiren();
        Api.Reply created = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Lucie Garnier\","
                                + "\"complainantEmail\":\"lucie.garnier@example.fr\",\"organisationName\":\"Magasin "
                                + siren + "\",\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + siren
                                + "\",\"facts\":\"Relances commerciales après opposition\","
                                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":1}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("reference");
    }

    private static String uniqueSiren() {
        while (true) {
            String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
            for (int check = 0; check <= 9; check++) {
                String candidate = body + check;
                if (luhnValid(candidate)) {
                    return candidate;
                }
            }
        }
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
