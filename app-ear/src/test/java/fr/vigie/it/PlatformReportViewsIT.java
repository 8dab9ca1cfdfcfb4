package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 4: the platform publishes {@code platform.report_clock} and {@code platform.report_user}
 * with the contract's columns, readable by the application role; and the team they publish is
 * given and changed through the user administration API, audited.
 */
class PlatformReportViewsIT extends RunningVigie {

    static List<String> columns(Connection db, String view) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = 'platform' AND table_name = ? ORDER BY ordinal_position")) {
            q.setString(1, view);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    @Test
    void theViewsHaveTheContractsColumnsAndTheApplicationRoleReadsThem() throws SQLException {
        String caseRef = ClockTrackingIT.complaintReceivedOn(ClockTrackingIT.TODAY.minusDays(1));
        JsonObject clock = ClockTrackingIT.clockOf(caseRef, "GDPR_ART_78_2_INFORM_COMPLAINANT");
        try (Connection db = ItDatabase.superuser().getConnection()) {
            assertEquals(
                    List.of(
                            "id",
                            "case_ref",
                            "module",
                            "policy_code",
                            "legal_source",
                            "owner",
                            "start_event",
                            "due_date",
                            "at_risk_from",
                            "status",
                            "ended_on",
                            "binds_authority"),
                    columns(db, "report_clock"));
            assertEquals(List.of("username", "display_name", "team", "active"), columns(db, "report_user"));
            try (Statement s = db.createStatement()) {
                db.setAutoCommit(false);
                s.execute("SET LOCAL ROLE vigie_app");
                try (PreparedStatement q =
                        db.prepareStatement("SELECT module, policy_code, legal_source, owner, due_date,"
                                + " status, ended_on, binds_authority FROM platform.report_clock WHERE case_ref = ?"
                                + " AND policy_code = 'GDPR_ART_78_2_INFORM_COMPLAINANT'")) {
                    q.setString(1, caseRef);
                    try (ResultSet row = q.executeQuery()) {
                        assertTrue(row.next(), "the clock is published");
                        assertEquals("complaints", row.getString(1));
                        assertEquals("GDPR_ART_78_2_INFORM_COMPLAINANT", row.getString(2));
                        assertEquals("GDPR Art. 78(2)", row.getString(3));
                        assertEquals("handler", row.getString(4));
                        assertEquals(
                                clock.getString("dueDate"),
                                row.getDate(5).toLocalDate().toString());
                        assertEquals("RUNNING", row.getString(6));
                        row.getDate(7);
                        assertTrue(row.wasNull(), "open: no end");
                        assertTrue(row.getBoolean(8), "Art. 78(2) binds the authority");
                    }
                }
                try (ResultSet row = s.executeQuery("SELECT display_name, team, active FROM platform.report_user"
                        + " WHERE username = 'handler'")) {
                    assertTrue(row.next());
                    assertEquals("Plaintes", row.getString(2), "the demo handler's team");
                    assertTrue(row.getBoolean(3));
                }
                db.rollback();
            }
        }
    }

    @Test
    void aTeamIsGivenAtCreationChangedAndAudited() throws SQLException {
        String username = "it.team." + Long.toString(System.nanoTime(), 36);
        Api.Reply created = Api.as("admin")
                .postJson(
                        "admin/users",
                        "{\"username\":\"" + username
                                + "\",\"displayName\":\"Agent équipe\",\"team\":\" Santé \",\"roles\":[\"DOSSIER_INSTRUCTOR\"],"
                                + "\"password\":\"Team-Password-2026\",\"reason\":\"new instructor\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("Santé", created.json().getString("team"), "trimmed");
        long id = created.json().getJsonNumber("id").longValue();

        Api.Reply moved = Api.as("admin")
                .postJson(
                        "admin/users/" + id + "/team",
                        "{\"version\":" + created.json().getJsonNumber("version")
                                + ",\"team\":\"Comité d'accès\",\"reason\":\"joins the DAC\"}");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("Comité d'accès", moved.json().getString("team"));
        Api.Reply stale = Api.as("admin")
                .postJson(
                        "admin/users/" + id + "/team",
                        "{\"version\":" + created.json().getJsonNumber("version")
                                + ",\"team\":\"Plaintes\",\"reason\":\"stale\"}");
        assertEquals(409, stale.status(), stale.toString());
        Api.Reply tooLong = Api.as("admin")
                .postJson(
                        "admin/users/" + id + "/team",
                        "{\"version\":" + moved.json().getJsonNumber("version") + ",\"team\":\"" + "x".repeat(101)
                                + "\",\"reason\":\"x\"}");
        assertTrue(tooLong.status() == 400 || tooLong.status() == 422, tooLong.toString());
        assertTrue(tooLong.text().contains("team"), "the problem names the field: " + tooLong);

        String audit = Api.as("auditor").get("audit?caseRef=users:" + username).text();
        assertTrue(audit.contains("USER_TEAM_CHANGED") && audit.contains("joins the DAC"), audit);
        assertEquals(
                403,
                Api.as("manager")
                        .postJson("admin/users/" + id + "/team", "{\"version\":1,\"team\":\"x\"," + "\"reason\":\"x\"}")
                        .status());
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT team FROM platform.report_user WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next());
                assertEquals("Comité d'accès", row.getString(1));
                assertFalse(row.next());
            }
        }
    }
}
