package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The work list in headless Chromium: export of the filtered list, saved filters, Art. 78(2) counters and filter. */
@ExtendWith(BrowserExtension.class)
class ComplaintWorklistBrowserIT extends RunningVigie {
    private static final String FACTS =
            "La caméra du magasin filme la rue et l'entrée de l'immeuble voisin en continu.";
    private static final By ROWS = By.cssSelector("[id='listForm:complaints_data'] a.vg-complaint-link");

    /** A complaint received by mail {@code daysAgo} days ago (its Art. 78(2) clock runs from then). */
    private static String receivedDaysAgo(String siren, int daysAgo) {
        String json = Complaints.intakeJson(siren, FACTS, null)
                .replace(
                        "\"channel\":\"WEB_FORM\"",
                        "\"channel\":\"MAIL\",\"receivedOn\":\""
                                + LocalDate.now().minusDays(daysAgo) + "\"");
        Api.Reply r = Api.as("handler").postJson("complaints", json);
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("reference");
    }

    private static void filterOnOrganisation(Browser browser, String siren) {
        browser.type(By.id("listForm:organisation"), siren);
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
    }

    private static Set<String> shownReferences(Browser browser) {
        Set<String> refs = new TreeSet<>();
        for (WebElement link : browser.driver().findElements(ROWS)) {
            refs.add(link.getText().strip());
        }
        return refs;
    }

    /**
     * Presses a non-Ajax export button as the browser would submit it (same form, same view state,
     * same session) and returns the response: content type, disposition, body.
     */
    private static Object[] download(Browser browser, String button) {
        @SuppressWarnings("unchecked")
        List<String> reply = (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('listForm');
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[0], arguments[0]);
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                  .then(r => r.arrayBuffer().then(b => {
                    const bytes = new Uint8Array(b);
                    let s = '';
                    for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                    done([r.headers.get('Content-Type'), r.headers.get('Content-Disposition'), btoa(s)]);
                  }))
                  .catch(e => done(['error', String(e), '']));
                """, button);
        return new Object[] {reply.get(0), reply.get(1), Base64.getDecoder().decode(reply.get(2))};
    }

    @Test
    void theFilteredListDownloadsAsCsvAndXlsx(Browser browser) throws IOException {
        String siren = Complaints.uniqueSiren();
        Set<String> mine = new TreeSet<>(List.of(
                Complaints.create(siren, FACTS).getString("reference"),
                Complaints.create(siren, FACTS).getString("reference")));
        Complaints.create(Complaints.uniqueSiren(), FACTS);
        browser.loginAsDemo("handler");
        browser.open("/complaints/list.xhtml");
        filterOnOrganisation(browser, siren);
        assertEquals(mine, shownReferences(browser));

        Object[] csv = download(browser, "listForm:exportCsv");
        assertTrue(((String) csv[0]).startsWith("text/csv"), (String) csv[0]);
        assertTrue(((String) csv[1]).contains(".csv"), (String) csv[1]);
        String text = new String((byte[]) csv[2], StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a BOM, for spreadsheet software");
        List<String> lines = text.substring(1).lines().toList();
        assertEquals(
                "reference;received_on;status;organisation;siren_siret;categories;priority;priority_decided;"
                        + "assignee;campaign;art78_clock;art78_due",
                lines.get(0));
        Set<String> csvRefs = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            assertEquals(12, cells.length, line);
            assertEquals(siren, cells[4]);
            csvRefs.add(cells[0]);
        }
        assertEquals(mine, csvRefs, "exactly the filtered rows");

        Object[] xlsx = download(browser, "listForm:exportXlsx");
        assertTrue(
                ((String) xlsx[0]).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                (String) xlsx[0]);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream((byte[]) xlsx[2]))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("reference", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("art78_due", sheet.getRow(0).getCell(11).getStringCellValue());
            Set<String> xlsxRefs = new TreeSet<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                xlsxRefs.add(row.getCell(0).getStringCellValue());
                assertEquals(
                        LocalDate.now(),
                        row.getCell(1).getLocalDateTimeCellValue().toLocalDate(),
                        "a real date cell");
            }
            assertEquals(mine, xlsxRefs);
        }
        assertEquals("/complaints/list.xhtml", browser.path(), "the page stays usable after a download");
    }

    @Test
    void savedFiltersComeBackForTheirOwnerOnly(Browser browser) {
        String siren = Complaints.uniqueSiren();
        String ref = Complaints.create(siren, FACTS).getString("reference");
        String name = "Magasin " + UUID.randomUUID().toString().substring(0, 8);
        browser.loginAsDemo("handler");
        browser.open("/complaints/list.xhtml");
        filterOnOrganisation(browser, siren);

        browser.clickAndWaitForAjax(By.id("listForm:saveFilter"));
        assertFalse(browser.text(By.id("listForm:filterNameMessage")).isBlank(), "a name is required");
        browser.type(By.id("listForm:filterName"), name);
        browser.clickAndWaitForAjax(By.id("listForm:saveFilter"));
        assertTrue(browser.text(By.id("listForm:listMessages")).contains(name), "saved");

        browser.clickAndWaitForAjax(By.id("listForm:reset"));
        assertEquals(
                "", browser.driver().findElement(By.id("listForm:organisation")).getAttribute("value"));
        browser.logout();

        browser.loginAsDemo("handler");
        browser.open("/complaints/list.xhtml");
        browser.choose("listForm:savedFilter", name);
        assertEquals(
                siren,
                browser.driver().findElement(By.id("listForm:organisation")).getAttribute("value"));
        browser.waitFor(By.cssSelector("[id='listForm:complaints_data'] a.vg-complaint-link"));
        assertEquals(Set.of(ref), shownReferences(browser));
        browser.logout();

        browser.loginAsDemo("manager");
        browser.open("/complaints/list.xhtml");
        List<String> offered = new ArrayList<>();
        for (WebElement option :
                browser.driver().findElements(By.cssSelector("[id='listForm:savedFilter_items'] li"))) {
            offered.add(option.getAttribute("data-label"));
        }
        assertFalse(offered.contains(name), "another user's filter is not offered: " + offered);
    }

    @Test
    void theArt782CountersLeadToTheComplaintsAtRiskOrBreached(Browser browser) {
        String siren = Complaints.uniqueSiren();
        String atRisk = receivedDaysAgo(siren, 80);
        String breached = receivedDaysAgo(siren, 100);
        String running = receivedDaysAgo(siren, 5);
        browser.loginAsDemo("handler");
        browser.open("/complaints/list.xhtml");
        browser.waitFor(By.id("listForm:apply"));
        WebElement counters = browser.driver().findElement(By.id("clockCounters"));
        assertTrue(Integer.parseInt(counters.getAttribute("data-at-risk")) >= 1, "at-risk counter");
        assertTrue(Integer.parseInt(counters.getAttribute("data-breached")) >= 1, "breached counter");

        browser.clickAndWaitForAjax(By.id("listForm:breached"));
        browser.waitFor(By.cssSelector("[id='listForm:complaints_data'] [data-state]"));
        for (WebElement state :
                browser.driver().findElements(By.cssSelector("[id='listForm:complaints_data'] [data-state]"))) {
            assertEquals("BREACHED", state.getAttribute("data-state"));
        }
        filterOnOrganisation(browser, siren);
        assertEquals(Set.of(breached), shownReferences(browser));

        browser.clickAndWaitForAjax(By.id("listForm:reset"));
        filterOnOrganisation(browser, siren);
        assertEquals(Set.of(atRisk, breached, running), shownReferences(browser));
        browser.choose("listForm:clock", "Échéance proche");
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
        assertEquals(Set.of(atRisk), shownReferences(browser));
    }
}
