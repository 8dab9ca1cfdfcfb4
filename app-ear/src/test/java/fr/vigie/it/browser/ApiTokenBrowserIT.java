package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An administrator issues an API token (its text shown once), sees it listed, and revokes it. */
class ApiTokenBrowserIT extends BrowserTestBase {

    private static String rowXpath(String name) {
        return "//tr[contains(@class,'vg-token-row')][.//span[contains(@class,'vg-token-name') and text()='" + name
                + "']]";
    }

    private static By row(String name) {
        return By.xpath(rowXpath(name));
    }

    @Test
    void issueShowOnceAndRevoke(Browser browser) {
        String name = "export-bi-" + System.nanoTime();
        browser.loginAsDemo("admin");
        assertTrue(browser.isPresent(Browser.menuEntry("menuTokens")), "the administration menu offers the page");
        browser.open("/admin/tokens.xhtml");
        browser.waitFor(By.id("tokensForm:issueButton"));

        browser.clickAndWaitForAjax(By.id("tokensForm:issueButton"));
        browser.waitFor(By.id("issueForm:name"));
        browser.type(By.id("issueForm:name"), name);
        browser.type(By.id("issueForm:reason"), "BI nightly export");
        browser.clickAndWaitForAjax(By.id("issueForm:issue"));

        String secret = browser.waitFor(By.id("secretForm:secret")).getAttribute("value");
        assertTrue(secret.startsWith("vgt_"), secret);
        assertTrue(browser.text(By.id("secretExplanation")).contains("ne sera plus jamais affiché"));
        assertEquals(200, Api.withToken(secret).get("me").status(), "the token shown works on the API");
        browser.clickAndWaitForAjax(By.id("secretForm:done"));
        browser.waitUntilGone(By.id("secretDialog"));

        assertTrue(browser.waitFor(row(name)).getText().contains("Lecture seule"));
        assertTrue(browser.waitFor(row(name)).getText().contains("Actif"));
        assertTrue(!browser.pageText().contains(secret), "the text is not on the page any more");

        browser.clickAndWaitForAjax(By.xpath(rowXpath(name) + "//button[contains(@id,'revokeButton')]"));
        browser.waitFor(By.id("revokeForm:reason"));
        browser.type(By.id("revokeForm:reason"), "no longer needed");
        browser.clickAndWaitForAjax(By.id("revokeForm:revoke"));
        browser.waitForText(row(name), "Révoqué");
        assertEquals(401, Api.withToken(secret).get("me").status());
    }
}
