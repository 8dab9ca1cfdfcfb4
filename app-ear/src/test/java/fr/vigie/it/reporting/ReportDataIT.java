package fr.vigie.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports' figures on known data ({@link ReportFixture}: contract-shaped rows in their own
 * schema), through the API: bands, the 2.5-year list, EHDS and Art. 78(2) compliance, workload,
 * forecast, drill-downs, exports, and the modules each role may see.
 */
class ReportDataIT extends RunningVigie {
    private static ReportFixture data;

    @BeforeAll
    static void fixture() throws SQLException {
        data = ReportFixture.create();
    }

    private static JsonObject report(String user, String report, String query) {
        Api.Reply r = Api.as(user).get("reports/" + report + "?" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonObject("data");
    }

    private String org() {
        return "organisation=" + data.siren;
    }

    private static JsonObject row(JsonArray rows, String key, String value) {
        for (JsonValue v : rows) {
            if (value.equals(v.asJsonObject().getString(key, null))) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError(key + "=" + value + " not in " + rows);
    }

    @Test
    void backlogCountsOpenCasesByAgeBandAndListsTheOldDossiers() {
        JsonObject backlog = report("manager", "backlog", org());
        JsonArray bands =
                row(backlog.getJsonArray("byModule"), "module", "dossiers").getJsonArray("byBand");
        assertEquals(
                List.of(0, 1, 0, 0, 1),
                bands.stream().map(v -> Integer.parseInt(v.toString())).toList());
        JsonArray old = backlog.getJsonObject("oldDossiers").getJsonArray("rows");
        assertEquals(1, old.size(), old.toString());
        assertEquals(data.old, old.getJsonObject(0).getString("reference"));
        assertEquals("COMMITTEE", old.getJsonObject(0).getString("currentStage"));
    }

    @Test
    void ehdsComplianceSharesAndStageDurations() {
        JsonObject ehds = report("manager", "ehds", org());
        JsonObject pseudonymised = row(ehds.getJsonArray("byProcedure"), "key", "EHDS_PSEUDONYMISED");
        assertEquals(1, pseudonymised.getInt("met"), pseudonymised.toString());
        assertEquals(0, pseudonymised.getInt("overdue"), "the refused dossier is not overdue: " + pseudonymised);
        assertEquals(2, pseudonymised.getInt("cases"), "the met and the refused dossiers: " + pseudonymised);
        // Over four years, the dossier stuck in committee is overdue; the refused one still is not.
        JsonObject overdue = Api.as("manager")
                .get("reports/ehds/cases?" + org() + "&from=" + ReportFixture.TODAY.minusYears(4)
                        + "&outcome=OVERDUE&open=false")
                .json();
        assertEquals(1, overdue.getInt("total"), overdue.toString());
        assertEquals(data.old, overdue.getJsonArray("rows").getJsonObject(0).getString("reference"));
        JsonObject anonymised = row(ehds.getJsonArray("byProcedure"), "key", "EHDS_ANONYMISED");
        assertEquals(1, anonymised.getInt("notDue"), anonymised.toString());
        JsonObject committee = row(ehds.getJsonArray("stages"), "stage", "COMMITTEE");
        assertEquals(
                2,
                committee.getInt("cases"),
                "the committee stages of the met and the anonymised dossiers, both ended in the period: " + committee);
        JsonArray trend = ehds.getJsonArray("trend");
        assertEquals(1, trend.size(), trend.toString());
        assertEquals(200.0, trend.getJsonObject(0).getJsonNumber("averageDays").doubleValue(), 0.01);
    }

    @Test
    void art78SharePerTeam() {
        JsonObject art78 = report("manager", "art78", "team=" + data.team);
        JsonObject team = row(art78.getJsonArray("byTeam"), "key", data.team);
        assertEquals(1, team.getInt("met"));
        assertEquals(1, team.getInt("late"));
        assertEquals(0.5, team.getJsonNumber("shareMet").doubleValue(), 1e-9);
    }

    @Test
    void workloadPerPerson() {
        JsonObject workload = report("manager", "workload", org());
        JsonObject instructor = row(workload.getJsonArray("rows"), "username", "it.instructor." + data.siren);
        assertEquals(2, instructor.getInt("openCases"));
        assertEquals("INSTRUCTOR", instructor.getString("role"));
    }

    @Test
    void aDossierStuckForYearsIsLikelyToBreach() {
        JsonObject forecast = report("manager", "forecast", org());
        JsonArray likely = forecast.getJsonObject("likely").getJsonArray("rows");
        JsonObject old = row(likely, "reference", data.old);
        assertEquals(1.0, old.getJsonNumber("probabilityOfMissing").doubleValue(), 1e-6);
        assertTrue(old.getBoolean("beyondHistory"));
        assertEquals("COMMITTEE", old.getString("currentStage"));
    }

    @Test
    void numbersDrillDownToTheirCases() {
        JsonObject band = Api.as("manager")
                .get("reports/backlog/cases?" + org() + "&band=M3_6")
                .json();
        assertEquals(1, band.getInt("total"));
        assertEquals(data.anonymised, band.getJsonArray("rows").getJsonObject(0).getString("reference"));
        JsonObject late = Api.as("manager")
                .get("reports/art78/cases?team=" + data.team + "&outcome=LATE&open=false")
                .json();
        assertEquals(1, late.getInt("total"), late.toString());
        assertEquals(
                data.informedLate, late.getJsonArray("rows").getJsonObject(0).getString("reference"));
        JsonObject mine = Api.as("manager")
                .get("reports/workload/cases?" + org() + "&assignee=it.instructor." + data.siren)
                .json();
        assertEquals(2, mine.getInt("total"));
    }

    @Test
    void exportsCarryTheFilteredRows() {
        Api.Reply csv = Api.as("manager").get("reports/backlog/export?format=csv&" + org());
        assertEquals(200, csv.status());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains(data.old), text);
        assertTrue(text.contains(data.siren), "the filter is stated in the file");
    }

    @Test
    void aCommitteeMemberNeverSeesComplaints() {
        JsonObject backlog = report("dacmember", "backlog", org());
        assertFalse(backlog.toString().contains("\"complaints\""), backlog.toString());
        Api.Reply cases = Api.as("dacmember").get("reports/backlog/cases?" + org() + "&open=false");
        assertEquals(200, cases.status());
        assertFalse(cases.text().contains(data.informed), "no complaint in a committee member's drill-down");
        assertEquals(
                403,
                Api.as("dacmember").get("reports/art78/cases?team=" + data.team).status());
    }
}
