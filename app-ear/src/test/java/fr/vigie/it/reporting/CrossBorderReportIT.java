package fr.vigie.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cross-border report on cases opened through {@code /api/cross-border-cases}: the crossborder
 * module's views enter the snapshot (its cases and clocks reach the deadline board), and the report
 * counts the cases by role and stage, lists the open ones with their days since opening, and exports.
 */
class CrossBorderReportIT extends RunningVigie {
    private static final String ORG = "XbReportOrg" + Long.toString(System.nanoTime(), 36);
    private static final LocalDate OPENED =
            LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(10);
    private static String led;
    private static String concerned;
    private static String stage;
    private static String underRegulation;

    @BeforeAll
    static void casesOpenedAndSnapshotBuilt() {
        led = open("FR");
        concerned = open("IE");
        stage = Api.as("handler").get("cross-border-cases/" + led).json().getString("stage");
        underRegulation = investigating();
        Api.Reply r = Api.as("manager").post("reports/snapshot", "application/json", new byte[0]);
        assertEquals(200, r.status(), r.toString());
    }

    private static String open(String lead) {
        return opened(lead, ORG).getString("reference");
    }

    private static JsonObject opened(String lead, String organisation) {
        return opened(lead, organisation, OPENED);
    }

    private static JsonObject opened(String lead, String organisation, LocalDate on) {
        Api.Reply r = Api.as("handler")
                .postJson(
                        "cross-border-cases",
                        "{\"openedOn\":\"" + on + "\",\"lead\":\"" + lead + "\",\"organisationName\":\"" + organisation
                                + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** Led here, opened under Regulation (EU) 2025/2518: confirming competence starts the investigation deadline. */
    private static String investigating() {
        JsonObject file = opened("FR", ORG + "Reg", LocalDate.of(2027, 4, 3));
        String reference = file.getString("reference");
        Api.Reply r = Api.as("handler")
                .postJson(
                        "cross-border-cases/" + reference + "/acts/confirm-competence",
                        "{\"version\":" + file.getJsonNumber("version").longValue() + ",\"date\":\"2027-04-05\"}");
        assertEquals(200, r.status(), r.toString());
        return reference;
    }

    @Test
    void theInvestigationDeadlineIsOnTheBoardAndInTheReport() {
        List<JsonObject> clocks = Api.as("manager")
                .get("reports/deadlines/clocks?selectModule=crossborder&limit=500")
                .json()
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class);
        assertTrue(clocks.stream().anyMatch(k -> k.getString("reference").equals(underRegulation)), clocks.toString());
        JsonObject row = Api.as("manager")
                .get("reports/crossborder?organisation=" + ORG + "Reg")
                .json()
                .getJsonObject("data")
                .getJsonObject("openCases")
                .getJsonArray("rows")
                .getJsonObject(0);
        assertEquals(underRegulation, row.getString("reference"));
        assertEquals("GDPR_AND_REGULATION_2025_2518", row.getString("rules"));
        LocalDate due = LocalDate.parse(row.getString("dueOn"));
        assertTrue(due.isAfter(LocalDate.of(2028, 6, 30)) && due.isBefore(LocalDate.of(2028, 7, 12)), due.toString());
        assertTrue(row.getInt("daysLeft") > 365, row.toString());
    }

    @Test
    void theCrossborderModuleIsInTheSnapshotAndTheDeadlineBoard() throws SQLException {
        JsonObject overview = Api.as("manager").get("reports").json();
        JsonObject snapshot = overview.getJsonObject("snapshot");
        assertTrue(snapshot.getJsonArray("modules").toString().contains("\"crossborder\""), snapshot.toString());
        assertFalse(snapshot.getJsonArray("missingModules").toString().contains("crossborder"), snapshot.toString());
        assertTrue(overview.getJsonObject("modules")
                .getJsonArray("deadlines")
                .toString()
                .contains("crossborder"));
        assertTrue(overview.getJsonArray("reports").toString().contains("\"crossborder\""));
        Api.Reply board = Api.as("manager").get("reports/deadlines?module=crossborder");
        assertEquals(200, board.status(), board.toString());
        // the cases are in the snapshot (the backlog counts them) ...
        List<JsonObject> backlog = Api.as("manager")
                .get("reports/backlog?module=crossborder")
                .json()
                .getJsonObject("data")
                .getJsonArray("byModule")
                .getValuesAs(JsonObject.class);
        assertTrue(
                backlog.stream().anyMatch(m -> m.getString("module").equals("crossborder") && m.getInt("total") >= 2),
                backlog.toString());
        // ... and so every open clock of theirs binding the authority is on the board (the platform's clock view
        // joined by case_ref: nothing of ours). Today's API can start none for a case opened up to 2 April 2027 (Art.
        // 36).
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT count(*) FROM platform.report_clock k"
                        + " WHERE k.module = 'crossborder' AND k.ended_on IS NULL AND k.binds_authority"
                        + " AND NOT EXISTS (SELECT 1 FROM reporting.clock_fact f WHERE f.id = k.id)");
                ResultSet r = q.executeQuery()) {
            r.next();
            assertEquals(0, r.getLong(1));
        }
    }

    @Test
    void theReportCountsAndListsTheCases() {
        Api.Reply r = Api.as("manager").get("reports/crossborder?organisation=" + ORG);
        assertEquals(200, r.status(), r.toString());
        JsonObject data = r.json().getJsonObject("data");
        Map<String, Integer> openByRole = data.getJsonArray("byRoleAndStage").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("stage").equals(stage))
                .collect(Collectors.toMap(c -> c.getString("role"), c -> c.getInt("open")));
        assertEquals(Map.of("LEAD", 1, "CONCERNED", 1), openByRole, data.toString());
        JsonObject open = data.getJsonObject("openCases");
        assertEquals(2, open.getInt("total"), open.toString());
        List<JsonObject> rows = open.getJsonArray("rows").getValuesAs(JsonObject.class);
        JsonObject lead = rows.stream()
                .filter(c -> c.getString("reference").equals(led))
                .findFirst()
                .orElseThrow();
        assertEquals("LEAD", lead.getString("role"));
        assertEquals("FR", lead.getString("leadAuthority"));
        assertEquals(OPENED.toString(), lead.getString("openedOn"));
        assertEquals(10, lead.getInt("daysSinceOpening"));
        // opened up to 2 April 2027: the GDPR alone, no investigation deadline of Regulation 2025/2518
        assertEquals("GDPR_ONLY", lead.getString("rules"));
        assertTrue(!lead.containsKey("dueOn") || lead.get("dueOn") == JsonValue.NULL, lead.toString());
        assertTrue(rows.stream()
                .anyMatch(c -> c.getString("reference").equals(concerned)
                        && c.getString("role").equals("CONCERNED")
                        && c.getString("leadAuthority").equals("IE")));
        JsonObject transmissions = data.getJsonObject("transmissions");
        assertTrue(
                transmissions.containsKey("metInTime") && transmissions.containsKey("openOverdue"),
                transmissions.toString());
    }

    @Test
    void theReportExportsAsCsvXlsxAndPdf() throws IOException {
        Api manager = Api.as("manager");
        Api.Reply csv = manager.get("reports/crossborder/export?format=csv&lang=en&organisation=" + ORG);
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Cross-border cases"), text);
        assertTrue(text.contains(led) && text.contains(concerned), text);
        assertTrue(text.contains("Days since opening"), text);
        assertTrue(text.contains("Transmitted within 6 weeks"), text);
        Api.Reply xlsx = manager.get("reports/crossborder/export?format=xlsx&organisation=" + ORG);
        assertEquals(200, xlsx.status(), xlsx.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(book.getNumberOfSheets() >= 2);
        }
        Api.Reply pdf = manager.get("reports/crossborder/export?format=pdf&lang=fr");
        assertEquals(200, pdf.status(), pdf.toString());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    /** ADR 4: report_case has exactly the contract's columns; report_cross_border the report's; both readable by the app role. */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "report_case;case_ref,module,reference,title,procedure,status,is_open,opened_on,closed_on,owner,team,organisation,organisation_id,target_on,target_reached_on",
                "report_cross_border;case_ref,reference,role,lead_authority,organisation,rules,procedure,stage,is_open,opened_on,days_since_opening,investigation_due_on,overdue"
            })
    void theViewsHaveTheirColumnsAndTheAppRoleMayReadThem(String view, String columns) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection()) {
            List<String> found = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'crossborder' AND table_name = ? ORDER BY ordinal_position")) {
                q.setString(1, view);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        found.add(r.getString(1));
                    }
                }
            }
            assertEquals(Arrays.asList(columns.split(",")), found);
            try (PreparedStatement q = db.prepareStatement("SELECT has_table_privilege('vigie_app', ?, 'SELECT')")) {
                q.setString(1, "crossborder." + view);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    assertTrue(r.getBoolean(1));
                }
            }
        }
    }

    @Test
    void onlyReadersOfTheCrossborderModuleSeeTheReport() {
        assertEquals(403, Api.as("handler").get("reports/crossborder").status());
        assertEquals(
                403,
                Api.as("dacmember").get("reports/crossborder/export?format=csv").status());
    }
}
