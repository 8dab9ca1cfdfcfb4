package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administrator's screen, end to end: every account a test changes is created by that test,
 * so the demo accounts stay as they are and the tests run in any order.
 */
class UserAdministrationBrowserIT extends BrowserTestBase {
    private static final String PASSWORD = "Initial-Pass-2026";
    private static final String NEW_PASSWORD = "Renewed-Pass-2026";

    @Test
    void createdUserSignsInWithTheirRoles(Browser browser) {
        String username = uniqueUsername("it.create");
        browser.loginAsDemo("admin");
        UsersPage.open(browser).create(username, PASSWORD, "INSPECTOR", "AUDITOR");

        String row = browser.waitFor(UsersPage.row(username)).getText();
        assertTrue(row.contains("Contrôleur") && row.contains("Auditeur"), "roles listed by label: " + row);
        assertTrue(browser.text(By.id("messages")).contains(username), "confirmation names the account");

        browser.logout();
        browser.login(username, PASSWORD);
        browser.waitFor(Browser.LOGOUT);
        assertTrue(browser.text(By.id("dashboard")).contains("Mes contrôles"));
        assertTrue(browser.isPresent(Browser.menuEntry("menuAudit")), "the auditor role opens the audit menu");
        assertFalse(browser.isPresent(Browser.menuEntry("menuUsers")));
    }

    @Test
    void aTeamIsGivenAtCreationAndChangedLater(Browser browser) {
        String username = uniqueUsername("it.team");
        browser.loginAsDemo("admin");
        UsersPage page = UsersPage.open(browser);
        browser.clickAndWaitForAjax(By.id("usersForm:createUserButton"));
        browser.waitFor(By.id("createDialog"));
        browser.type(By.id("createForm:username"), username);
        browser.type(By.id("createForm:displayName"), "Agent " + username);
        page.typeTeamInCreateDialog("Plaintes");
        page.tickRole("createForm", "COMPLAINT_HANDLER");
        browser.type(By.id("createForm:password"), PASSWORD);
        browser.type(By.id("createForm:reason"), "Browser test account with a team");
        browser.clickAndWaitForAjax(By.id("createForm:save"));
        browser.waitUntilGone(By.id("createDialog"));
        assertEquals("Plaintes", page.teamOf(username));

        page.changeTeam(username, "Comité d'accès");
        assertEquals("Comité d'accès", page.teamOf(username));
        assertTrue(browser.text(By.id("messages")).contains(username), "confirmation names the account");
        assertEquals("Plaintes", UsersPage.open(browser).teamOf("handler"), "the demo handler works in Plaintes");
    }

    @Test
    void invalidInputIsShownOnTheFields(Browser browser) {
        browser.loginAsDemo("admin");
        UsersPage page = UsersPage.open(browser);

        browser.clickAndWaitForAjax(By.id("usersForm:createUserButton"));
        browser.clickAndWaitForAjax(By.id("createForm:save"));
        assertFalse(browser.text(By.id("createForm:usernameMessage")).isBlank(), "username required");
        assertFalse(browser.text(By.id("createForm:rolesMessage")).isBlank(), "a role is required");
        assertFalse(browser.text(By.id("createForm:reasonMessage")).isBlank(), "reason required");
        browser.clickAndWaitForAjax(By.id("createForm:cancel"));

        page.fillAndSubmitCreate(uniqueUsername("it.short"), "Short Password", "too-short", "Test", "MANAGER");
        assertTrue(browser.text(By.id("createForm:passwordMessage")).contains("12"), "password rule on the field");
        assertTrue(browser.isVisible(By.id("createDialog")), "the dialog stays open");
        browser.clickAndWaitForAjax(By.id("createForm:cancel"));

        page.fillAndSubmitCreate("admin", "Another Admin", PASSWORD, "Test", "MANAGER");
        assertFalse(
                browser.text(By.id("createForm:usernameMessage")).isBlank(),
                "an existing username is refused on the username field");
        assertEquals(
                "Another Admin",
                browser.waitFor(By.id("createForm:displayName")).getAttribute("value"),
                "what was typed is kept");
    }

    @Test
    void resetPasswordThenDeactivateThenReactivate(Browser browser) throws Exception {
        String username = uniqueUsername("it.reset");
        browser.loginAsDemo("admin");
        UsersPage page = UsersPage.open(browser).create(username, PASSWORD, "MANAGER");

        page.resetPassword(username, NEW_PASSWORD);
        page.deactivate(username);
        assertTrue(page.rowOf(username).getText().contains("Désactivé"));

        try (Browser user = Browser.start()) {
            user.login(username, NEW_PASSWORD);
            assertEquals("/login.xhtml", user.path(), "a deactivated account cannot sign in");
            assertTrue(user.text(By.id("loginMessages")).contains("Identifiant ou mot de passe incorrect"));
        }

        page.reactivate(username);
        try (Browser user = Browser.start()) {
            user.login(username, NEW_PASSWORD);
            user.waitFor(Browser.LOGOUT);
            assertEquals("/index.xhtml", user.path(), "reactivated, with the password the administrator set");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt(Browser browser) throws Exception {
        String username = uniqueUsername("it.lock");
        browser.loginAsDemo("admin");
        UsersPage page = UsersPage.open(browser).create(username, PASSWORD, "MANAGER");

        try (Browser user = Browser.start()) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                user.login(username, "wrong-password-" + attempt);
            }
            assertTrue(user.text(By.id("loginMessages")).contains("verrouillé"), "the lock is announced");
            user.login(username, PASSWORD);
            assertTrue(
                    user.text(By.id("loginMessages")).contains("verrouillé"),
                    "even the right password is refused while locked");
        }

        UsersPage.open(browser);
        assertTrue(page.rowOf(username).getText().contains("Verrouillé"), "the administrator sees the lock");
        page.resetPassword(username, NEW_PASSWORD);
        assertFalse(page.rowOf(username).getText().contains("Verrouillé"), "reset unlocks");

        try (Browser user = Browser.start()) {
            user.login(username, NEW_PASSWORD);
            user.waitFor(Browser.LOGOUT);
        }
    }

    @Test
    void changedRolesApplyAtNextLogin(Browser browser) throws Exception {
        String username = uniqueUsername("it.roles");
        browser.loginAsDemo("admin");
        UsersPage page = UsersPage.open(browser).create(username, PASSWORD, "MANAGER");

        page.openRowAction(username, "editRoles", "rolesDialog");
        assertTrue(page.isRoleTicked("rolesForm", "MANAGER"), "the dialog starts from the current roles");
        page.tickRole("rolesForm", "AUDITOR");
        browser.type(By.id("rolesForm:reason"), "Joins the audit team (browser test)");
        browser.clickAndWaitForAjax(By.id("rolesForm:save"));
        browser.waitUntilGone(By.id("rolesDialog"));
        assertTrue(page.rowOf(username).getText().contains("Auditeur"));

        try (Browser user = Browser.start()) {
            user.login(username, PASSWORD);
            assertTrue(user.isPresent(Browser.menuEntry("menuAudit")));
        }
    }

    @Test
    void concurrentChangeIsReportedAndTheInputKept(Browser browser) throws Exception {
        String username = uniqueUsername("it.conflict");
        browser.loginAsDemo("admin");
        UsersPage page = UsersPage.open(browser).create(username, PASSWORD, "MANAGER");
        page.openRowAction(username, "editRoles", "rolesDialog");
        page.tickRole("rolesForm", "INSPECTOR");
        browser.type(By.id("rolesForm:reason"), "My change");

        try (Browser other = Browser.start()) {
            other.loginAsDemo("admin");
            UsersPage.open(other).resetPassword(username, NEW_PASSWORD);
        }

        browser.clickAndWaitForAjax(By.id("rolesForm:save"));
        assertTrue(browser.isVisible(By.id("rolesDialog")), "the dialog stays open");
        assertTrue(browser.text(By.id("rolesForm:rolesMessages")).contains("quelqu’un d’autre"));
        assertEquals("My change", browser.waitFor(By.id("rolesForm:reason")).getAttribute("value"));
        assertTrue(page.isRoleTicked("rolesForm", "INSPECTOR"), "the ticked role is kept");

        browser.clickAndWaitForAjax(By.id("rolesForm:reloadSelected"));
        browser.clickAndWaitForAjax(By.id("rolesForm:save"));
        browser.waitUntilGone(By.id("rolesDialog"));
        assertTrue(page.rowOf(username).getText().contains("Contrôleur"), "saved after reloading");
    }
}
