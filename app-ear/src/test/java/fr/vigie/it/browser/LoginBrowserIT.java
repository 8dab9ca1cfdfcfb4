package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.ItDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Signing in and out, per role: the menu, the role's dashboard panel, and where the user lands. */
class LoginBrowserIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0} sees the menu and home panel of {1}")
    @CsvSource({
        "handler,        COMPLAINT_HANDLER,   Mes plaintes",
        "inspector,      INSPECTOR,           Mes contrôles",
        "head,           HEAD_OF_INSPECTIONS, Programme des contrôles",
        "president,      PRESIDENT,           À signer",
        "rapporteur,     RAPPORTEUR,          Mes procédures de sanction",
        "sanctions,      SANCTIONS_MEMBER,    Formation restreinte",
        "sanctionschair, SANCTIONS_CHAIR,     Présidence de la formation restreinte",
        "instructor,     DOSSIER_INSTRUCTOR,  Mes dossiers de recherche",
        "dacmember,      DAC_MEMBER,          Comité d’accès aux données",
        "dacchair,       DAC_CHAIR,           Présidence du comité d’accès aux données",
        "dacsecretary,   DAC_SECRETARY,       Secrétariat du comité",
        "manager,        MANAGER,             Tableaux de bord",
        "auditor,        AUDITOR,             Journal d’audit",
        "admin,          ADMINISTRATOR,       Administration des comptes"
    })
    void eachDemoRoleSeesItsMenuAndDashboard(String username, String role, String panelTitle, Browser browser) {
        browser.loginAsDemo(username);

        assertEquals("/index.xhtml", browser.path());
        assertTrue(browser.isPresent(Browser.menuEntry("menuHome")), "everyone has the home entry");
        assertEquals(
                "ADMINISTRATOR".equals(role),
                browser.isPresent(Browser.menuEntry("menuUsers")),
                "users entry for " + role);
        assertEquals(
                "AUDITOR".equals(role), browser.isPresent(Browser.menuEntry("menuAudit")), "audit entry for " + role);
        assertEquals(
                "COMPLAINT_HANDLER".equals(role) || "MANAGER".equals(role),
                browser.isPresent(Browser.menuEntry("complaints-list")),
                "complaints entry for " + role);
        assertTrue(browser.text(By.id("dashboard")).contains(panelTitle), "home panel '" + panelTitle + "'");
        assertTrue(browser.isVisible(By.id("notificationsWidget")), "everyone has the notifications panel");
        assertFalse(browser.text(By.id("userName")).isBlank(), "the top bar names the user");
        assertFalse(browser.text(By.id("userRoles")).isBlank(), "the top bar shows the roles");
    }

    @Test
    void homePanelsLeadToTheirModulesPages(Browser browser) {
        browser.loginAsDemo("handler");
        assertTrue(browser.isVisible(By.id("homeServiceClocks")), "the Art. 78(2) counters of the service");
        browser.clickAndWaitForPage(By.id("homeComplaintsList"));
        assertEquals("/complaints/list.xhtml", browser.path(), "the handler's panel opens the work list");
        browser.logout();

        browser.loginAsDemo("manager");
        assertTrue(
                browser.isPresent(By.id("homeDeadlineCounts"))
                        || browser.isPresent(By.id("homeNoOpenClock"))
                        || browser.isPresent(By.id("homeNoSnapshot")),
                "the deadline figures by area, or why there are none");
        browser.clickAndWaitForPage(By.cssSelector("#homeReportLinks a[href*='/reports/deadlines.xhtml']"));
        assertEquals("/reports/deadlines.xhtml", browser.path(), "the manager's panel opens the reports");
    }

    @Test
    void theBellShowsTheUnreadNotificationsWhenOpenedAndOneLeadsToItsPage(Browser browser) throws SQLException {
        // An unusual read volume, as the access log's alert writes it for the auditors; the count makes it unique.
        int volume = 100_000 + (int) (System.nanoTime() % 800_000);
        long id;
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement insert = db.prepareStatement("INSERT INTO platform.notification"
                        + " (recipient, created_at, message_key, message_args, link)"
                        + " VALUES ('auditor', now(), 'accessLog.alert.notification', ?, '/audit/access-log.xhtml')"
                        + " RETURNING id")) {
            insert.setString(1, "handler|" + volume + "|200");
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
        }
        browser.loginAsDemo("auditor");
        browser.open("/audit/trail.xhtml");

        browser.clickAndWaitForAjax(By.id("topbarForm:notificationsButton"));
        By notification = By.xpath("//ul[@id='notificationsList']//a[contains(., '" + volume + "')]");
        assertTrue(
                browser.waitFor(notification).getText().contains("Volume de consultation inhabituel"),
                "the notification in the reader's words");
        browser.clickAndWaitForPage(notification);

        assertEquals("/audit/access-log.xhtml", browser.path(), "the notification opens its page");
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement read =
                        db.prepareStatement("SELECT read_at IS NOT NULL FROM platform.notification WHERE id = ?")) {
            read.setLong(1, id);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                assertTrue(row.getBoolean(1), "opened, so read");
            }
        }
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartIsWrong(Browser browser) {
        browser.login("inspector", "not-the-password");

        assertEquals("/login.xhtml", browser.path());
        assertTrue(browser.text(By.id("loginMessages")).contains("Identifiant ou mot de passe incorrect"));
        assertEquals(
                "inspector",
                browser.waitFor(By.id("loginForm:username")).getAttribute("value"),
                "the username is kept");
    }

    @Test
    void unknownUserGetsTheSameMessage(Browser browser) {
        browser.login("nobody-" + System.nanoTime(), "whatever-password");

        assertTrue(browser.text(By.id("loginMessages")).contains("Identifiant ou mot de passe incorrect"));
    }

    @Test
    void emptyFieldsAreFlaggedOnTheFields(Browser browser) {
        browser.open("/login.xhtml");
        browser.clickAndWaitForPage(By.id("loginForm:loginButton"));

        assertTrue(browser.text(By.id("loginForm:usernameMessage")).contains("identifiant"));
        assertTrue(browser.text(By.id("loginForm:passwordMessage")).contains("mot de passe"));
    }

    @Test
    void aProtectedPageAsksForLoginThenOpens(Browser browser) {
        browser.open("/audit/trail.xhtml");
        assertEquals("/login.xhtml", browser.path(), "anonymous users are sent to the login page");

        browser.submitLogin("auditor", Browser.DEMO_PASSWORD);

        assertEquals("/audit/trail.xhtml", browser.path(), "then to the page they asked for");
    }

    @Test
    void loginNeverRedirectsOutsideTheApplication(Browser browser) {
        browser.open("/login.xhtml?continue=//evil.example/steal");
        browser.submitLogin("handler", Browser.DEMO_PASSWORD);

        assertTrue(browser.url().contains("/index.xhtml"), "landed on " + browser.url());
    }

    @Test
    void logoutEndsTheSession(Browser browser) {
        browser.loginAsDemo("manager");
        browser.logout();

        assertTrue(browser.text(By.id("loggedOutMessage")).contains("Vous êtes déconnecté"));
        browser.open("/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "the old session no longer opens pages");
    }
}
