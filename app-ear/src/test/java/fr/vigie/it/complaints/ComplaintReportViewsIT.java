package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADR 4: the reporting views of the complaints module have the contract's columns and the right content. */
class ComplaintReportViewsIT extends RunningVigie {
    private static final String FACTS = "Des SMS de prospection arrivent chaque semaine malgré mon opposition écrite.";

    private static Map<String, String> columns(String view) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'complaints'"
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
        // ADR 7 (V10): the directory id, appended last; organisation_id keeps the SIREN/SIRET
        reportCase.put("directory_id", "bigint");
        assertEquals(reportCase, columns("report_case"));
        assertEquals(
                List.copyOf(reportCase.keySet()),
                List.copyOf(columns("report_case").keySet()));
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT has_table_privilege('vigie_app', 'complaints.report_case', 'SELECT')")) {
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertTrue(r.getBoolean(1), "CREATE OR REPLACE VIEW kept the application role's grant");
            }
        }
        assertEquals(
                Map.of(
                        "case_ref",
                        "text",
                        "stage",
                        "text",
                        "stage_order",
                        "integer",
                        "started_on",
                        "date",
                        "ended_on",
                        "date"),
                columns("report_stage"));
        assertEquals(
                List.of("case_ref", "stage", "stage_order", "started_on", "ended_on"),
                List.copyOf(columns("report_stage").keySet()));
        assertEquals(
                Map.of("case_ref", "text", "username", "text", "role", "text", "is_open", "boolean"),
                columns("report_assignment"));
    }

    @Test
    void theApplicationRoleReadsTheViews() throws SQLException {
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app")) {
            for (String view : List.of("report_case", "report_stage", "report_assignment")) {
                try (PreparedStatement q = app.prepareStatement("SELECT COUNT(*) FROM complaints." + view);
                        ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                }
            }
        }
    }

    @Test
    void aComplaintIsReportedWithItsArt782TargetAndStages() throws SQLException {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        String caseRef = "complaints:" + ref;
        LocalDate firstDue;
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT due_date FROM platform.clock WHERE case_ref = ? AND policy_code = 'GDPR_ART_78_2_INFORM_COMPLAINANT'"
                                + " ORDER BY id LIMIT 1")) {
            q.setString(1, caseRef);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                firstDue = rs.getObject(1, LocalDate.class);
            }
        }
        Map<String, Object> row = reportCase(caseRef);
        assertEquals("complaints", row.get("module"));
        assertEquals(ref, row.get("reference"));
        assertEquals("ASSIGNED", row.get("status"));
        assertEquals(true, row.get("is_open"));
        assertEquals("handler", row.get("owner"));
        assertEquals(firstDue, row.get("target_on"));
        assertNull(row.get("target_reached_on"));
        assertFalse(((String) row.get("title")).contains("Claire Martin"), "the complainant is never in a report");

        c = Complaints.act(
                ref,
                "inform",
                "{\"version\":" + c.getInt("version")
                        + ",\"summary\":\"Nous avons interrogé l'organisme et attendons sa réponse.\"}");
        row = reportCase(caseRef);
        assertEquals(LocalDate.parse(c.getString("lastInformedOn")), row.get("target_reached_on"));
        assertEquals(firstDue, row.get("target_on"), "the target stays the first period's date");

        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT stage, stage_order, ended_on IS NULL FROM complaints.report_stage WHERE case_ref = ?"
                                + " ORDER BY stage_order")) {
            q.setString(1, caseRef);
            try (ResultSet rs = q.executeQuery()) {
                StringBuilder stages = new StringBuilder();
                while (rs.next()) {
                    stages.append(rs.getString(1))
                            .append(':')
                            .append(rs.getInt(2))
                            .append(rs.getBoolean(3) ? "*" : "")
                            .append(' ');
                }
                assertEquals("RECEIVED:1 ACKNOWLEDGED:2 QUALIFIED:3 ASSIGNED:4* ", stages.toString());
            }
        }
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT username, role, is_open FROM complaints.report_assignment WHERE case_ref = ?")) {
            q.setString(1, caseRef);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("handler", rs.getString(1));
                assertEquals("HANDLER", rs.getString(2));
                assertTrue(rs.getBoolean(3));
            }
        }
    }

    private static Map<String, Object> reportCase(String caseRef) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT * FROM complaints.report_case WHERE case_ref = ?")) {
            q.setString(1, caseRef);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "no report row for " + caseRef);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.put(
                            rs.getMetaData().getColumnName(i),
                            value instanceof java.sql.Date d ? d.toLocalDate() : value);
                }
                return row;
            }
        }
    }

    /**
     * GDPR Art. 78(2): the complainant is informed within three months, then within each next three
     * months. The report measures every period, not only the first: a complaint informed once has met
     * its first period and is in its second, not yet due.
     */
    @Test
    void theArt782ReportCountsEveryPeriodOfAComplaint() {
        String siren = Complaints.uniqueSiren();
        JsonObject c = Complaints.assigned(siren, FACTS);
        Complaints.act(
                c.getString("reference"),
                "inform",
                "{\"version\":" + c.getInt("version")
                        + ",\"summary\":\"Nous avons interrogé la société et attendons sa réponse.\"}");
        Api.Reply built = Api.as("manager").post("reports/snapshot", "application/json", new byte[0]);
        assertEquals(200, built.status(), built.toString());

        Api.Reply report = Api.as("manager").get("reports/art78?organisation=" + siren);
        assertEquals(200, report.status(), report.toString());
        JsonArray months = report.json().getJsonObject("data").getJsonArray("byMonth");
        assertEquals(1, months.size(), months.toString());
        JsonObject month = months.getJsonObject(0);
        assertEquals(2, month.getInt("cases"), "two periods: " + month);
        assertEquals(1, month.getInt("met"), month.toString());
        assertEquals(1, month.getInt("notDue"), month.toString());
        assertEquals(0, month.getInt("overdue"), month.toString());

        JsonObject running = Api.as("manager")
                .get("reports/art78/cases?organisation=" + siren + "&outcome=NOT_DUE&open=false")
                .json();
        assertEquals(1, running.getInt("total"), running.toString());
        assertEquals(
                c.getString("reference"),
                running.getJsonArray("rows").getJsonObject(0).getString("reference"));
    }

    /**
     * Only periods binding the authority are its deadlines in the reports: the organisation's month to
     * answer a request (its expiry is the organisation's default, not the authority's breach) is not in
     * the reporting clocks, while the complaint's Art. 78(2) period is.
     */
    @Test
    void anOrganisationsPeriodIsNotOneOfTheAuthoritysDeadlinesInTheReports() throws SQLException {
        JsonObject c = Complaints.assigned(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        Complaints.act(
                ref,
                "requests",
                "{\"version\":" + c.getInt("version")
                        + ",\"questions\":\"Merci de nous indiquer la base légale du traitement.\"}");
        Api.Reply built = Api.as("manager").post("reports/snapshot", "application/json", new byte[0]);
        assertEquals(200, built.status(), built.toString());
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT policy_code FROM reporting.clock_fact WHERE case_ref = ? ORDER BY policy_code")) {
            q.setString(1, "complaints:" + ref);
            List<String> policies = new java.util.ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    policies.add(rows.getString(1));
                }
            }
            assertTrue(policies.contains("GDPR_ART_78_2_INFORM_COMPLAINANT"), policies.toString());
            assertFalse(policies.contains("COMPLAINT_INSTRUCTION_REQUEST_ANSWER"), policies.toString());
        }
    }
}
