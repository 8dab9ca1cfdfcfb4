package fr.vigie.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The report pages as a manager uses them: each page opens with its data age, a filter narrows it,
 * a number opens the cases behind it (links to the case pages), and each export downloads (with
 * the browser's session) as a CSV that parses, an XLSX that POI opens and a PDF carrying the title.
 */
@ExtendWith(BrowserExtension.class)
class ReportBrowserIT extends RunningVigie {
    private static final List<String> REPORTS =
            List.of("deadlines", "ehds", "backlog", "art78", "forecast", "workload", "crossborder");
    private static ReportFixture data;

    @BeforeAll
    static void fixture() throws SQLException {
        data = ReportFixture.create();
    }

    @Test
    void aManagerOpensEveryReport(Browser browser) {
        browser.loginAsDemo("manager");
        for (String report : REPORTS) {
            browser.open("/reports/" + report + ".xhtml");
            assertTrue(browser.isVisible(By.id("dataAge")), report + ": data age shown");
            assertTrue(browser.isVisible(By.id("filters:apply")), report + ": filters shown");
            // the error pages' own marker: a report's figures may well contain "500"
            assertFalse(browser.isPresent(By.cssSelector(".vg-error-page")), report + ": no error page");
        }
        browser.open("/reports/forecast.xhtml");
        assertTrue(browser.text(By.id("method")).length() > 200, "the forecast method is explained on the page");
    }

    @Test
    void filterThenDrillDownToTheCases(Browser browser) {
        browser.loginAsDemo("manager");
        browser.open("/reports/backlog.xhtml");
        browser.type(By.id("filters:organisation"), data.siren);
        browser.clickAndWaitForAjax(By.id("filters:apply"));
        browser.waitForText(By.id("oldCount"), "1");
        assertTrue(browser.pageText().contains(data.old), "the old dossier is listed");
        // the dossier in its 3-6 months band: click the number, the lazy table lists it with a link to its page
        WebElement band = browser.driver().findElements(By.cssSelector("a.vg-band-M3_6")).stream()
                .filter(a -> a.getText().equals("1"))
                .findFirst()
                .orElseThrow();
        band.click();
        browser.waitForAjax();
        browser.waitFor(By.id("drillTitle"));
        WebElement link = browser.waitFor(By.cssSelector("#filters\\:drillCases a.vg-case-link"));
        assertEquals(data.anonymised, link.getText());
        assertTrue(
                link.getAttribute("href").contains("/dossiers/file.xhtml?reference=" + data.anonymised),
                link.getAttribute("href"));
    }

    @Test
    void everyExportDownloadsWithTheSession(Browser browser) throws IOException, InterruptedException {
        browser.loginAsDemo("manager");
        browser.open("/reports/backlog.xhtml");
        browser.type(By.id("filters:organisation"), data.siren);
        browser.clickAndWaitForAjax(By.id("filters:apply"));
        browser.waitForText(By.id("oldCount"), "1");
        String title = browser.driver().getTitle();

        byte[] csv = download(browser, By.id("filters:exportCsv"));
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("\ufeff"));
        List<String> oldTable =
                lines.stream().dropWhile(l -> !l.contains(data.old)).toList();
        assertFalse(oldTable.isEmpty(), "the old dossier is in the CSV");
        int headerColumns = lines.get(lines.indexOf(oldTable.get(0)) - 1).split(";", -1).length;
        assertEquals(headerColumns, oldTable.get(0).split(";", -1).length, "rows have the header's columns");

        byte[] xlsx = download(browser, By.id("filters:exportXlsx"));
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String reportTitle = book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains(reportTitle) || reportTitle.length() > 3, reportTitle);
            boolean found = false;
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                for (var row : book.getSheetAt(s)) {
                    for (var cell : row) {
                        found |= data.old.equals(cell.toString());
                    }
                }
            }
            assertTrue(found, "the old dossier is in the workbook");
        }

        byte[] pdf = download(browser, By.id("filters:exportPdf"));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(
                PdfText.hasTitle(pdf, "Ancienneté du stock") || PdfText.hasTitle(pdf, "Backlog ageing"),
                "the PDF carries the report's title");
    }

    @Test
    void theCrossBorderPageListsACaseAndExportsItAsCsv(Browser browser) throws IOException, InterruptedException {
        String org = "XbBrowserOrg" + Long.toString(System.nanoTime(), 36);
        fr.vigie.it.Api.Reply opened = fr.vigie.it.Api.as("handler")
                .postJson(
                        "cross-border-cases",
                        "{\"openedOn\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                                + "\",\"lead\":\"FR\",\"organisationName\":\"" + org + "\"}");
        assertEquals(201, opened.status(), opened.toString());
        String reference = opened.json().getString("reference");
        assertEquals(
                200,
                fr.vigie.it.Api.as("manager")
                        .post("reports/snapshot", "application/json", new byte[0])
                        .status());

        browser.loginAsDemo("manager");
        browser.open("/reports/crossborder.xhtml");
        browser.type(By.id("filters:organisation"), org);
        browser.clickAndWaitForAjax(By.id("filters:apply"));
        browser.waitForText(By.id("openCount"), "1");
        assertTrue(browser.pageText().contains(reference), "the case is listed");

        byte[] csv = download(browser, By.id("filters:exportCsv"));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"));
        assertTrue(text.contains(reference), text);
        assertTrue(text.contains("Affaires transfrontalières") || text.contains("Cross-border cases"), text);
    }

    @Test
    void aCommitteeMemberCannotOpenTheComplaintsReport(Browser browser) {
        browser.loginAsDemo("dacmember");
        browser.open("/reports/art78.xhtml");
        assertTrue(browser.isVisible(By.id("error403")), "403 page");
        browser.open("/reports/ehds.xhtml");
        assertTrue(browser.isVisible(By.id("dataAge")));
    }

    /** Downloads what a link points to, as the signed-in browser would (its cookies). */
    private static byte[] download(Browser browser, By link) throws IOException, InterruptedException {
        String href = browser.waitFor(link).getAttribute("href");
        String cookies = browser.driver().manage().getCookies().stream()
                .map(Cookie::toString)
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href + " -> " + new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }
}
