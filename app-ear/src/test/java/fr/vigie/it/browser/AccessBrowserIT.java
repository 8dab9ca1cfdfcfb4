package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Pages of another role give the 403 page; unknown pages the 404 page; both say what to do. */
class AccessBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0} may not open {1}")
    @CsvSource({
        "handler,   /admin/users.xhtml",
        "auditor,   /admin/users.xhtml",
        "admin,     /audit/trail.xhtml",
        "manager,   /audit/trail.xhtml"
    })
    void anotherRolesPageGivesTheForbiddenPage(String username, String page, Browser browser) {
        browser.loginAsDemo(username);
        browser.open(page);

        assertTrue(browser.isVisible(By.id("error403")), "403 page shown for " + page);
        assertTrue(browser.text(By.id("pageTitle")).contains("Accès refusé"));
        assertTrue(browser.text(By.id("signedInAs")).contains(username), "says which account is signed in");
        assertTrue(browser.isVisible(By.id("homeLink")));

        browser.clickAndWaitForPage(By.id("homeLink"));
        assertEquals("/index.xhtml", browser.path(), "the home link works");
    }

    @Test
    void forbiddenPageOffersToSwitchAccount(Browser browser) {
        browser.loginAsDemo("handler");
        browser.open("/admin/users.xhtml");

        browser.clickAndWaitForPage(By.id("switchAccountForm:logoutButton"));
        browser.submitLogin("admin", Browser.DEMO_PASSWORD);
        browser.open("/admin/users.xhtml");

        assertTrue(browser.isVisible(By.id("usersForm:users")), "the administrator sees the users");
    }

    @Test
    void unknownPageGivesTheNotFoundPage(Browser browser) {
        browser.loginAsDemo("inspector");
        browser.open("/no-such-page.xhtml");

        assertTrue(browser.isVisible(By.id("error404")));
        assertTrue(browser.text(By.id("pageTitle")).contains("Page introuvable"));

        browser.open("/no/such/resource");
        assertTrue(browser.isVisible(By.id("error404")), "also for paths outside Faces");
    }

    @Test
    void expiredPageExplainsWhatToDo(Browser browser) {
        browser.open("/error/expired.xhtml");

        assertTrue(browser.text(By.id("pageTitle")).contains("Page expirée"));
        browser.clickAndWaitForPage(By.id("loginLink"));
        assertTrue(browser.text(By.id("expiredMessage")).contains("session a expiré"));
    }

    @Test
    void errorPagesRenderForAnonymousVisitors(Browser browser) {
        browser.open("/error/404.xhtml");
        assertTrue(browser.isVisible(By.id("error404")));
        browser.open("/error/500.xhtml");
        assertTrue(browser.isVisible(By.id("error500")));
        browser.open("/error/403.xhtml");
        assertTrue(browser.isVisible(By.id("error403")));
    }
}
