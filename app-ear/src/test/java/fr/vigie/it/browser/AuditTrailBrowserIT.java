package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The auditor reads the trail page by page, filters it, and checks the hash chain. */
class AuditTrailBrowserIT extends BrowserTestBase {

    @Test
    void auditorFindsAnAdministratorsChangeByCaseReference(Browser browser) throws Exception {
        String username = uniqueUsername("it.audit");
        try (Browser admin = Browser.start()) {
            admin.loginAsDemo("admin");
            UsersPage.open(admin).create(username, "Audited-Pass-2026", "MANAGER");
        }

        browser.loginAsDemo("auditor");
        browser.open("/audit/trail.xhtml");
        browser.waitFor(By.id("entriesForm:entries"));
        assertFalse(entryRows(browser).isEmpty(), "the trail has entries");

        browser.type(By.id("filterForm:caseRef"), "users:" + username);
        browser.clickAndWaitForAjax(By.id("filterForm:searchButton"));

        List<WebElement> rows = entryRows(browser);
        assertEquals(1, rows.size(), "exactly the creation of the account");
        // The action by its name in the page's language; its code stays at hand for searching.
        assertTrue(rows.get(0).getText().contains("Compte créé"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("Plateforme"), rows.get(0).getText());
        assertEquals(
                "USER_CREATED",
                rows.get(0).findElement(By.className("vg-entry-action")).getAttribute("title"));
        assertTrue(rows.get(0).getText().contains("admin"));

        browser.type(By.id("filterForm:actor"), "auditor");
        browser.clickAndWaitForAjax(By.id("filterForm:searchButton"));
        assertTrue(browser.text(By.id("entriesForm:entries")).contains("Aucune entrée"), "filters combine");

        browser.clickAndWaitForAjax(By.id("filterForm:clearButton"));
        assertTrue(entryRows(browser).size() > 1, "clearing shows the whole trail again");
    }

    @Test
    void auditorVerifiesTheChain(Browser browser) {
        browser.loginAsDemo("auditor");
        browser.open("/audit/trail.xhtml");

        browser.clickAndWaitForAjax(By.id("chainForm:verifyChain"));

        // Another integration test tampers with a row on purpose, so either outcome may be the truth
        // here; what matters is that the result is stated with its figures.
        if (browser.isPresent(By.id("chainIntact"))) {
            assertTrue(browser.text(By.id("chainIntact")).matches("(?s).*Entrées vérifiées : [1-9][0-9]*.*"));
        } else {
            String broken = browser.text(By.id("chainBroken"));
            assertTrue(broken.contains("Première entrée en défaut"), broken);
        }
    }

    @Test
    void homeDashboardOffersTheChainCheckToAuditors(Browser browser) {
        browser.loginAsDemo("auditor");

        browser.clickAndWaitForAjax(By.id("dashboardAuditForm:dashboardVerifyChain"));

        assertTrue(browser.isPresent(By.id("chainIntact")) || browser.isPresent(By.id("chainBroken")));
        assertTrue(browser.isVisible(By.id("lastAuditEntries")));
    }

    private static List<WebElement> entryRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("tbody[id='entriesForm:entries_data'] > tr[data-ri]"));
    }
}
