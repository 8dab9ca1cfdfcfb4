package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** French by default; the English switch relabels the page and keeps the user where they were. */
class LanguageBrowserIT extends BrowserTestBase {

    @Test
    void loginPageIsFrenchThenEnglish(Browser browser) {
        browser.open("/login.xhtml?continue=/audit/trail.xhtml");
        assertEquals("fr", browser.waitFor(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text(By.id("loginPanel")).contains("Connexion"));

        browser.clickAndWaitForPage(By.id("languageForm:langEn"));

        assertEquals("en", browser.waitFor(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.text(By.id("loginPanel")).contains("Sign in"));
        assertTrue(browser.url().contains("continue="), "the page's parameters survive the switch");

        browser.submitLogin("auditor", Browser.DEMO_PASSWORD);
        assertEquals("/audit/trail.xhtml", browser.path());
        assertEquals("Audit trail", browser.text(By.id("pageTitle")), "the choice lasts for the session");
    }

    @Test
    void switchingKeepsThePageAndChangesLabels(Browser browser) {
        browser.loginAsDemo("admin");
        browser.open("/admin/users.xhtml");
        assertEquals("Utilisateurs", browser.text(By.id("pageTitle")));

        browser.clickAndWaitForPage(By.id("topbarForm:langEn"));

        assertEquals("/admin/users.xhtml", browser.path());
        assertEquals("Users", browser.text(By.id("pageTitle")));
        assertTrue(browser.text(By.id("mainMenu")).contains("Home"));
        assertTrue(browser.text(By.id("userRoles")).contains("Administrator"));

        browser.clickAndWaitForPage(By.id("topbarForm:langFr"));
        assertEquals("Utilisateurs", browser.text(By.id("pageTitle")));
    }

    @Test
    void languageSurvivesLogout(Browser browser) {
        browser.loginAsDemo("manager");
        browser.clickAndWaitForPage(By.id("topbarForm:langEn"));
        browser.logout();

        assertTrue(browser.text(By.id("loggedOutMessage")).contains("signed out"));
    }
}
