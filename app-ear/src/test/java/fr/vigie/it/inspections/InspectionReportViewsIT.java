package fr.vigie.it.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADR 4: the reporting views of the inspections module have the contract's columns and the right content. */
class InspectionReportViewsIT extends RunningVigie {

    private static Map<String, String> columns(String view) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'inspections'"
                                + " AND table_name = ? ORDER BY ordinal_position")) {
            q.setString(1, view);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    @Test
    void theViewsHaveTheContractColumns() throws SQLException {
        Map<String, String> reportCase = new LinkedHashMap<>();
        for (String text : List.of("case_ref", "module", "reference", "title", "procedure", "status")) {
            reportCase.put(text, "text");
        }
        reportCase.put("is_open", "boolean");
        reportCase.put("opened_on", "date");
        reportCase.put("closed_on", "date");
        for (String text : List.of("owner", "team", "organisation", "organisation_id")) {
            reportCase.put(text, "text");
        }
        reportCase.put("target_on", "date");
        reportCase.put("target_reached_on", "date");
        assertEquals(reportCase, columns("report_case"));
        assertEquals(
                List.of("case_ref", "stage", "stage_order", "started_on", "ended_on"),
                List.copyOf(columns("report_stage").keySet()));
        assertEquals(
                Map.of("case_ref", "text", "username", "text", "role", "text", "is_open", "boolean"),
                columns("report_assignment"));
    }

    @Test
    void aNotifiedInspectionShowsItsStagesTeamAndTarget() throws SQLException {
        JsonObject i = Inspections.notified(Inspections.uniqueSiren());
        String caseRef = "inspections:" + i.getString("reference");
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app")) {
            try (PreparedStatement q =
                    app.prepareStatement("SELECT status, is_open, owner, target_on, target_reached_on"
                            + " FROM inspections.report_case WHERE case_ref = ?")) {
                q.setString(1, caseRef);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("MINUTES_NOTIFIED", rs.getString(1));
                    assertTrue(rs.getBoolean(2));
                    assertEquals("inspector", rs.getString(3));
                    assertTrue(
                            rs.getDate(4).toLocalDate().isAfter(Inspections.TODAY),
                            "the observations period ends later");
                    assertNull(rs.getDate(5));
                }
            }
            List<String> stages = new ArrayList<>();
            try (PreparedStatement q = app.prepareStatement("SELECT stage, ended_on FROM inspections.report_stage"
                    + " WHERE case_ref = ? ORDER BY stage_order")) {
                q.setString(1, caseRef);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        stages.add(rs.getString(1) + (rs.getDate(2) == null ? " open" : ""));
                    }
                }
            }
            assertEquals(List.of("PLANNED", "PREPARED", "CONDUCTED", "MINUTES_NOTIFIED open"), stages);
            List<String> team = new ArrayList<>();
            try (PreparedStatement q =
                    app.prepareStatement("SELECT role || ' ' || username FROM inspections.report_assignment"
                            + " WHERE case_ref = ? ORDER BY role")) {
                q.setString(1, caseRef);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        team.add(rs.getString(1));
                    }
                }
            }
            assertEquals(List.of("INSPECTOR paul.inspecteur", "LEAD_INSPECTOR inspector"), team);
        }
    }
}
