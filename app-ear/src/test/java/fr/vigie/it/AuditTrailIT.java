package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The audit trail records changes, cannot be rewritten by the application, and detects tampering. */
class AuditTrailIT extends RunningVigie {

    @Test
    void applicationRoleCannotUpdateOrDeleteAuditRows() throws SQLException {
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app");
                Statement s = app.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> s.executeUpdate("UPDATE platform.audit_entry SET reason = 'rewritten'"));
            assertTrue(update.getMessage().contains("permission denied"), update.getMessage());
            SQLException delete =
                    assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM platform.audit_entry"));
            assertTrue(delete.getMessage().contains("permission denied"), delete.getMessage());
        }
    }

    @Test
    void changesAreRecordedWithWhoWhatAndWhy() {
        String username = "audited" + System.nanoTime() % 1_000_000;
        Api.Reply created = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"A\","
                                + "\"roles\":[\"MANAGER\"],\"password\":\"a-long-enough-password\",\"reason\":\"new manager joins\"}");
        assertEquals(201, created.status(), created.toString());

        JsonObject page =
                Api.as("auditor").get("audit?caseRef=users:" + username).json();
        JsonObject entry = page.getJsonArray("entries").getJsonObject(0);
        assertEquals("USER_CREATED", entry.getString("action"));
        assertEquals("admin", entry.getString("actor"));
        assertEquals("new manager joins", entry.getString("reason"));
        assertTrue(entry.getString("changesJson").contains("MANAGER"), entry.toString());
    }

    /**
     * Runs last in this class's own terms: it breaks the chain on purpose, then repairs it so
     * that other tests still see an intact trail.
     */
    @Test
    void verificationPointsAtARowChangedBehindTheApplicationsBack() throws SQLException {
        JsonObject before = Api.as("auditor").get("audit/verify").json();
        assertTrue(before.getBoolean("intact"), before.toString());

        Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"tamper" + System.nanoTime() % 1_000_000
                                + "\",\"displayName\":\"T\",\"roles\":[\"AUDITOR\"],\"password\":\"a-long-enough-password\",\"reason\":\"x\"}");
        long victim;
        String original;
        try (Connection su = ItDatabase.superuser().getConnection();
                Statement s = su.createStatement()) {
            var rs = s.executeQuery("SELECT id, reason FROM platform.audit_entry ORDER BY id DESC LIMIT 1 OFFSET 1");
            assertTrue(rs.next());
            victim = rs.getLong(1);
            original = rs.getString(2);
            // The table's trigger refuses even the superuser (ADR 10): only one who turns triggers off gets
            // past it, and the chain is what still catches them.
            s.execute("SET session_replication_role = replica");
            s.executeUpdate("UPDATE platform.audit_entry SET reason = 'nothing happened' WHERE id = " + victim);
        }
        try {
            JsonObject after = Api.as("auditor").get("audit/verify").json();
            assertFalse(after.getBoolean("intact"), after.toString());
            assertEquals(victim, after.getJsonNumber("firstBrokenEntryId").longValue());
            assertTrue(after.getString("problem").contains("altered"), after.toString());
        } finally {
            try (Connection su = ItDatabase.superuser().getConnection();
                    Statement replica = su.createStatement();
                    var p = su.prepareStatement("UPDATE platform.audit_entry SET reason = ? WHERE id = ?")) {
                replica.execute("SET session_replication_role = replica");
                p.setString(1, original);
                p.setLong(2, victim);
                p.executeUpdate();
            }
        }
        assertTrue(Api.as("auditor").get("audit/verify").json().getBoolean("intact"));
    }
}
