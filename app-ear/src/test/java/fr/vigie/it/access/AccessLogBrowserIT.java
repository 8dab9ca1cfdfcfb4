package fr.vigie.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A handler opens a complaint's file page; the auditor finds that reading on the read-access log page. */
@ExtendWith(BrowserExtension.class)
class AccessLogBrowserIT extends RunningVigie {

    @Test
    void auditorSeesTheHandlersReadingOfAComplaintFile(Browser browser) {
        String reference = AccessLogIT.newComplaint();
        browser.loginAsDemo("handler");
        browser.open("/complaints/file.xhtml?reference=" + reference);
        browser.waitFor(By.id("header"));
        assertTrue(browser.pageText().contains(reference), "the handler sees the file");
        browser.logout();

        browser.loginAsDemo("auditor");
        assertTrue(browser.isPresent(Browser.menuEntry("menuAccessLog")), "the auditor's menu offers the page");
        browser.open("/audit/access-log.xhtml");
        browser.waitFor(By.id("entriesForm:entries"));
        assertTrue(browser.pageText().contains("Journal des consultations"), browser.pageText());

        browser.type(By.id("filterForm:caseRef"), "complaints:" + reference);
        browser.clickAndWaitForAjax(By.id("filterForm:searchButton"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#entriesForm\\:entries tbody tr"));
        assertEquals(1, rows.size(), browser.text(By.id("entriesForm:entries")));
        String row = rows.get(0).getText();
        assertTrue(row.contains("handler"), row);
        assertTrue(row.contains("Ouverture de dossier"), row);
        assertTrue(row.contains("complaints:" + reference), row);

        browser.type(By.id("filterForm:caseRef"), "not a reference");
        browser.clickAndWaitForAjax(By.id("filterForm:searchButton"));
        assertTrue(
                browser.isPresent(By.cssSelector("#filterForm .ui-message-error")),
                "the bad reference is refused on its field");
    }

    @Test
    void otherRolesCannotOpenThePage(Browser browser) {
        browser.loginAsDemo("handler");
        assertTrue(!browser.isPresent(Browser.menuEntry("menuAccessLog")), "no menu entry for a handler");
        browser.open("/audit/access-log.xhtml");
        assertTrue(!browser.pageText().contains("Journal des consultations"), browser.pageText());
    }
}
