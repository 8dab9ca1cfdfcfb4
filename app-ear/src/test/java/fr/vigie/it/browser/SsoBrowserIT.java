package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on with OpenID Connect against a real provider: a second Liberty server the build starts
 * (src/test/liberty-op), with its own users and groups. The provider's groups map to Vigie roles through
 * config/test's vigie.sso.role-mapping: vigie-plaintes → COMPLAINT_HANDLER, vigie-direction → MANAGER;
 * "stagiaires" maps to nothing. The provider's pages are not Vigie's: no accessibility check there.
 */
class SsoBrowserIT extends BrowserTestBase {
    /** The provider's pages: its login page moves to its HTTPS port, so they are known by their path. */
    private static final String PROVIDER_PATH = "/oidc/";

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aFederatedHandlerSignsInWithTheAdministrationAccountAndOut(Browser browser) {
        signInAtProvider(browser, "handler", "federation-pass-1");

        waitUntilOnVigie(browser, "/index.xhtml");
        browser.open("/index.xhtml");
        browser.waitFor(Browser.LOGOUT);
        assertFalse(browser.text(By.id("userRoles")).isBlank(), "the top bar shows the role");
        assertTrue(browser.isPresent(Browser.menuEntry("complaints-list")), "the complaint handler's menu");
        assertFalse(browser.isPresent(Browser.menuEntry("menuUsers")), "no administration entry");
        assertFalse(browser.isPresent(Browser.menuEntry("menuAudit")), "no audit entry");
        assertTrue(browser.text(By.id("dashboard")).contains("Mes plaintes"), "the handler's home panel");

        browser.logout();
        assertTrue(browser.text(By.id("loggedOutMessage")).contains("Vous êtes déconnecté"));
        browser.open("/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "the Vigie session is over");
    }

    @Test
    void theFederationsGroupsGiveTheRolesNotTheVigieAccount(Browser browser) {
        // "manager" is MANAGER in Vigie too; the federation's vigie-direction group is what grants it here.
        signInAtProvider(browser, "manager", "federation-pass-2");

        waitUntilOnVigie(browser, "/index.xhtml");
        browser.open("/index.xhtml");
        assertTrue(browser.text(By.id("dashboard")).contains("Tableaux de bord"), "the manager's home panel");
    }

    @Test
    void aPersonWhoseGroupsMapToNoRoleIsRefused(Browser browser) {
        signInAtProvider(browser, "auditor", "federation-pass-3");

        waitUntilOnVigie(browser, "/public/sso-refused.xhtml");
        browser.open("/public/sso-refused.xhtml?reason=no_role");
        assertTrue(
                browser.text(By.id("ssoRefusedMessage")).contains("aucun de vos groupes ne donne de rôle"),
                browser.text(By.id("ssoRefusedMessage")));
        browser.open("/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "not signed in");
    }

    @Test
    void aPersonWithoutAVigieAccountIsRefused(Browser browser) {
        signInAtProvider(browser, "stranger", "federation-pass-4");

        waitUntilOnVigie(browser, "/public/sso-refused.xhtml");
        assertTrue(browser.url().contains("reason=unknown_user"), browser.url());
        assertTrue(browser.text(By.id("ssoRefusedMessage")).contains("aucun compte Vigie"));
    }

    @Test
    void theFormLoginStaysNextToTheButton(Browser browser) {
        browser.open("/login.xhtml");
        assertEquals("Se connecter avec le compte de l’administration", browser.text(By.id("ssoButton")));
        browser.loginAsDemo("handler");
        assertEquals("/index.xhtml", browser.path());
    }

    /** From Vigie's login page through the provider's own login form. */
    private static void signInAtProvider(Browser browser, String username, String password) {
        browser.open("/login.xhtml");
        WebDriver driver = browser.driver();
        driver.findElement(By.id("ssoButton")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(PROVIDER_PATH));
        new WebDriverWait(driver, WAIT)
                .until(d -> !d.findElements(By.name("j_username")).isEmpty());
        driver.findElement(By.name("j_username")).sendKeys(username);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.name("submitButton")).click();
    }

    private static void waitUntilOnVigie(Browser browser, String path) {
        new WebDriverWait(browser.driver(), WAIT)
                .until(d -> !d.getCurrentUrl().contains(PROVIDER_PATH)
                        && browser.path().equals(path));
    }
}
