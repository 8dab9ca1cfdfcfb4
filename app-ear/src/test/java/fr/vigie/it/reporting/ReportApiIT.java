package fr.vigie.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/reports}: who may read which report, filters refused as problem+json naming the field,
 * exports in each format with their content type and a readable content. Independent of the data:
 * these pass on an empty snapshot and on the merged modules' views alike.
 */
class ReportApiIT extends RunningVigie {
    private static final List<String> ALL =
            List.of("deadlines", "ehds", "backlog", "art78", "forecast", "workload", "crossborder");

    @BeforeAll
    static void snapshotBuilt() {
        Api.Reply r = Api.as("manager").post("reports/snapshot", "application/json", new byte[0]);
        assertEquals(200, r.status(), r.toString());
    }

    @Test
    void aManagerReadsEveryReport() {
        JsonObject overview = Api.as("manager").get("reports").json();
        assertEquals(
                ALL,
                overview.getJsonArray("reports").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertTrue(overview.getJsonObject("snapshot").containsKey("refreshedAt"));
        for (String report : ALL) {
            Api.Reply r = Api.as("manager").get("reports/" + report);
            assertEquals(200, r.status(), report + ": " + r);
            assertEquals(report, r.json().getString("report"));
        }
    }

    @Test
    void aCommitteeMemberSeesDossierReportsButNoComplaints() {
        JsonObject overview = Api.as("dacmember").get("reports").json();
        List<String> reports = overview.getJsonArray("reports").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        assertEquals(List.of("deadlines", "ehds", "backlog", "forecast"), reports);
        assertFalse(overview.getJsonObject("modules")
                .getJsonArray("deadlines")
                .toString()
                .contains("complaints"));
        Api.Reply art78 = Api.as("dacmember").get("reports/art78");
        assertEquals(403, art78.status(), art78.toString());
        assertTrue(art78.contentType().startsWith("application/problem+json"), art78.contentType());
        assertEquals(
                403, Api.as("dacmember").get("reports/art78/export?format=csv").status());
        assertEquals(403, Api.as("dacmember").get("reports/workload").status());
        Api.Reply complaints = Api.as("dacmember").get("reports/deadlines?module=complaints");
        assertEquals(422, complaints.status(), complaints.toString());
        assertEquals(
                "module",
                complaints.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aComplaintHandlerSeesNoDossierReport() {
        assertEquals(403, Api.as("handler").get("reports/ehds").status());
        assertEquals(200, Api.as("handler").get("reports/art78").status());
        assertEquals(403, Api.as("handler").get("reports/workload").status());
    }

    @Test
    void rolesWithoutReportsAreRefused() {
        assertEquals(403, Api.as("auditor").get("reports").status());
        assertEquals(
                403,
                Api.as("dacmember")
                        .post("reports/snapshot", "application/json", new byte[0])
                        .status());
        assertEquals(401, Api.anonymous().get("reports/deadlines").status());
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        Api.Reply date = Api.as("manager").get("reports/backlog?from=2026-13-01");
        assertEquals(422, date.status(), date.toString());
        assertTrue(date.contentType().startsWith("application/problem+json"), date.contentType());
        assertEquals("from", date.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply period = Api.as("manager").get("reports/art78?from=2026-06-01&to=2026-01-01");
        assertEquals("to", period.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply format = Api.as("manager").get("reports/backlog/export?format=doc");
        assertEquals(422, format.status(), format.toString());
        assertEquals(
                "format", format.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, Api.as("manager").get("reports/nothing").status());
        Api.Reply band = Api.as("manager").get("reports/backlog/cases?band=FOREVER");
        assertEquals("band", band.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadlines", "ehds", "backlog", "art78", "forecast", "workload", "crossborder"})
    void everyReportExportsAsCsvXlsxAndPdf(String report) throws IOException {
        Api manager = Api.as("manager");
        Api.Reply csv = manager.get("reports/" + report + "/export?format=csv&lang=en");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.header("Content-Disposition").contains("vigie-" + report), csv.header("Content-Disposition"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "BOM for spreadsheet software");
        String title = text.substring(1, text.indexOf('\n')).strip();
        assertFalse(title.isEmpty());

        Api.Reply xlsx = manager.get("reports/" + report + "/export?format=xlsx&lang=en");
        assertEquals(200, xlsx.status(), xlsx.toString());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(title, book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getNumberOfSheets() >= 2, "one sheet per table");
        }

        Api.Reply pdf = manager.get("reports/" + report + "/export?format=pdf&lang=en");
        assertEquals(200, pdf.status(), pdf.toString());
        assertEquals("application/pdf", pdf.contentType());
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"), "a PDF");
        assertTrue(PdfText.hasTitle(pdf.body(), title), "the PDF carries the report's title " + title);
    }

    @Test
    void drillDownsArePagedLists() {
        JsonObject clocks = Api.as("manager")
                .get("reports/deadlines/clocks?state=BREACHED&limit=5")
                .json();
        assertTrue(clocks.getJsonArray("rows").size() <= 5);
        assertTrue(clocks.containsKey("total"));
        JsonObject cases = Api.as("manager")
                .get("reports/backlog/cases?band=OVER_2_5_Y&limit=5")
                .json();
        assertTrue(cases.getJsonArray("rows").size() <= 5);
        JsonObject likely =
                Api.as("manager").get("reports/forecast/likely?limit=5").json();
        assertTrue(likely.containsKey("total"));
    }
}
