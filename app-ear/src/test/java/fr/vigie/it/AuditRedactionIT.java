package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.audit.AuditRedactionRefused;
import fr.vigie.platform.audit.application.ReasonRedactor;
import fr.vigie.platform.audit.domain.AuditReasonKey;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Erasing audit reasons (issue 20, ADR 10): a case's reasons go, their digests stay, the chain still
 * verifies; the application's role still cannot rewrite a row, nor can the database's superuser
 * outside the redaction; an altered entry is not laundered by an erasure, and a forged digest breaks
 * the chain.
 *
 * <p>The erasure runs {@link ReasonRedactor}, the code behind the platform's {@code AuditRedaction},
 * over JDBC as the application's role in a transaction of the test's own (a test is a client, ADR 3:
 * no business module calls the API yet). The chain and the trail are read through the running server.
 */
class AuditRedactionIT extends RunningVigie {
    private static final String ERASED = "Reason erased (data retention)";
    private final AuditReasonKey key = ItAuditKey.key();

    @Test
    void erasedReasonsLeaveTheirDigestsAndAnIntactChain() throws SQLException {
        String username = "erased" + System.nanoTime() % 1_000_000;
        String caseRef = "users:" + username;
        JsonObject user = createUser(username, "Arrivée de M. Dupont, demandée par Mme Martin");
        Api.Reply reset = Api.as("admin")
                .postJson(
                        "admin/users/" + user.getJsonNumber("id").longValue() + "/password",
                        "{\"version\":" + user.getJsonNumber("version").longValue()
                                + ",\"password\":\"another-long-password\","
                                + "\"reason\":\"M. Dupont a perdu son mot de passe\"}");
        assertEquals(200, reset.status(), reset.toString());
        Map<Long, String> reasons = reasonsOf(caseRef);
        assertEquals(2, reasons.size(), reasons.toString());

        String ref = "IT erasure request " + username;
        assertEquals(2, redact(caseRef, ref));

        try (Connection su = ItDatabase.superuser().getConnection();
                PreparedStatement q =
                        su.prepareStatement("SELECT id, hash_version, reason, reason_digest, redacted_at, redaction_ref"
                                + " FROM platform.audit_entry WHERE case_ref = ? ORDER BY id")) {
            q.setString(1, caseRef);
            try (ResultSet rs = q.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    long id = rs.getLong(1);
                    assertEquals(2, rs.getInt(2), "entry " + id + " is hashed in version 2");
                    assertNull(rs.getString(3), "entry " + id + " keeps no reason");
                    assertEquals(key.digest(reasons.get(id)), rs.getString(4), "entry " + id + "'s digest");
                    assertNotNull(rs.getTimestamp(5), "entry " + id + " says when");
                    assertEquals(ref, rs.getString(6), "entry " + id + " says why");
                }
                assertEquals(2, rows);
            }
        }
        assertEquals(0, redact(caseRef, ref), "a second erasure finds nothing left to erase");

        JsonObject chain = Api.as("auditor").get("audit/verify").json();
        assertTrue(chain.getBoolean("intact"), chain.toString());
        assertTrue(chain.getJsonNumber("reasonsErased").longValue() >= 2, chain.toString());

        JsonArray entries =
                Api.as("auditor").get("audit?caseRef=" + caseRef).json().getJsonArray("entries");
        assertEquals(2, entries.size(), entries.toString());
        for (JsonObject entry : entries.getValuesAs(JsonObject.class)) {
            assertTrue(entry.getBoolean("reasonErased"), entry.toString());
            assertEquals(ERASED, entry.getString("reason"), entry.toString());
        }
    }

    @Test
    void nobodyRewritesAnEntryOutsideTheRedaction() throws SQLException {
        String username = "locked" + System.nanoTime() % 1_000_000;
        createUser(username, "Arrivée de Mme Martin");
        String where = " WHERE case_ref = 'users:" + username + "'";
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app");
                Statement s = app.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE platform.audit_entry SET reason = NULL" + where));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
        }
        try (Connection su = ItDatabase.superuser().getConnection();
                Statement s = su.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("UPDATE platform.audit_entry SET reason = 'rewritten'" + where));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete =
                    assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM platform.audit_entry" + where));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
        assertEquals(
                "Arrivée de Mme Martin",
                String.join("", reasonsOf("users:" + username).values()));
    }

    /** Changes a row behind the application's back, then repairs it, so that other tests see an intact chain. */
    @Test
    void anAlteredEntryIsNotLaunderedByAnErasure() throws SQLException {
        String username = "altered" + System.nanoTime() % 1_000_000;
        String caseRef = "users:" + username;
        createUser(username, "Arrivée de M. Durand");
        long entry = reasonsOf(caseRef).keySet().iterator().next();
        setReasonBehindTheApplicationsBack(entry, "nothing happened");
        try {
            AuditRedactionRefused refused =
                    assertThrows(AuditRedactionRefused.class, () -> redact(caseRef, "IT laundering attempt"));
            assertEquals("error.audit.redaction.altered", refused.key());
            assertEquals("nothing happened", reasonsOf(caseRef).get(entry), "nothing was erased");
        } finally {
            setReasonBehindTheApplicationsBack(entry, "Arrivée de M. Durand");
        }
        assertTrue(Api.as("auditor").get("audit/verify").json().getBoolean("intact"));
    }

    /** Erases with a forged digest straight through the database function, then repairs the row. */
    @Test
    void aForgedDigestBreaksTheChainAtItsEntry() throws SQLException {
        String username = "forged" + System.nanoTime() % 1_000_000;
        String caseRef = "users:" + username;
        createUser(username, "Arrivée de Mme Bernard");
        long entry = reasonsOf(caseRef).keySet().iterator().next();
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app");
                PreparedStatement redact =
                        app.prepareStatement("SELECT platform.redact_audit_reasons(?, ?, 'IT forged digest')")) {
            redact.setArray(1, app.createArrayOf("bigint", new Long[] {entry}));
            redact.setArray(2, app.createArrayOf("text", new String[] {key.digest("nothing happened")}));
            try (ResultSet rs = redact.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        try {
            JsonObject chain = Api.as("auditor").get("audit/verify").json();
            assertFalse(chain.getBoolean("intact"), chain.toString());
            assertEquals(entry, chain.getJsonNumber("firstBrokenEntryId").longValue(), chain.toString());
            assertTrue(chain.getString("problem").contains("digest kept for its erased reason"), chain.toString());
        } finally {
            try (Connection su = ItDatabase.superuser().getConnection();
                    Statement replica = su.createStatement();
                    PreparedStatement restore = su.prepareStatement("UPDATE platform.audit_entry SET reason = ?,"
                            + " reason_digest = NULL, redacted_at = NULL, redaction_ref = NULL WHERE id = ?")) {
                replica.execute("SET session_replication_role = replica");
                restore.setString(1, "Arrivée de Mme Bernard");
                restore.setLong(2, entry);
                assertEquals(1, restore.executeUpdate());
            }
        }
        assertTrue(Api.as("auditor").get("audit/verify").json().getBoolean("intact"));
    }

    /** What the platform's AuditRedaction does for a module, in a transaction committed here. */
    private int redact(String caseRef, String ref) throws SQLException {
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app")) {
            app.setAutoCommit(false);
            try {
                int erased = new ReasonRedactor(key).redact(app, "users", List.of(caseRef), ref);
                app.commit();
                return erased;
            } catch (SQLException | RuntimeException failed) {
                app.rollback();
                throw failed;
            }
        }
    }

    private static JsonObject createUser(String username, String reason) {
        Api.Reply created = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"E\",\"roles\":[\"MANAGER\"],"
                                + "\"password\":\"a-long-enough-password\",\"reason\":\"" + reason + "\"}");
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    /** The case's entries that hold a reason, by id. */
    private static Map<Long, String> reasonsOf(String caseRef) throws SQLException {
        Map<Long, String> reasons = new LinkedHashMap<>();
        try (Connection su = ItDatabase.superuser().getConnection();
                PreparedStatement q = su.prepareStatement("SELECT id, reason FROM platform.audit_entry"
                        + " WHERE case_ref = ? AND reason IS NOT NULL ORDER BY id")) {
            q.setString(1, caseRef);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    reasons.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return reasons;
    }

    /** As a database superuser who turns the table's trigger off: what the chain is there to catch. */
    private static void setReasonBehindTheApplicationsBack(long entry, String reason) throws SQLException {
        try (Connection su = ItDatabase.superuser().getConnection();
                Statement replica = su.createStatement();
                PreparedStatement update =
                        su.prepareStatement("UPDATE platform.audit_entry SET reason = ? WHERE id = ?")) {
            replica.execute("SET session_replication_role = replica");
            update.setString(1, reason);
            update.setLong(2, entry);
            assertEquals(1, update.executeUpdate());
        }
    }
}
