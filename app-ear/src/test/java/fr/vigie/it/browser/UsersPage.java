package fr.vigie.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The user administration page, as an administrator's gestures. */
final class UsersPage {
    private final Browser browser;

    private UsersPage(Browser browser) {
        this.browser = browser;
    }

    static UsersPage open(Browser browser) {
        browser.open("/admin/users.xhtml");
        browser.waitFor(By.id("usersForm:users"));
        return new UsersPage(browser);
    }

    /** Fills the creation dialog and submits it; the caller checks the outcome. */
    UsersPage fillAndSubmitCreate(
            String username, String displayName, String password, String reason, String... roles) {
        browser.clickAndWaitForAjax(By.id("usersForm:createUserButton"));
        browser.waitFor(By.id("createDialog"));
        browser.type(By.id("createForm:username"), username);
        browser.type(By.id("createForm:displayName"), displayName);
        browser.type(By.id("createForm:email"), username + "@example.org");
        for (String role : roles) {
            tickRole("createForm", role);
        }
        browser.type(By.id("createForm:password"), password);
        browser.type(By.id("createForm:reason"), reason);
        browser.clickAndWaitForAjax(By.id("createForm:save"));
        return this;
    }

    /** Creates an account and waits until it is listed. */
    UsersPage create(String username, String password, String... roles) {
        fillAndSubmitCreate(username, "Agent " + username, password, "Browser test account", roles);
        browser.waitUntilGone(By.id("createDialog"));
        browser.waitFor(row(username));
        return this;
    }

    void tickRole(String form, String role) {
        browser.waitFor(roleBox(form, role)).click();
    }

    boolean isRoleTicked(String form, String role) {
        return browser.driver()
                .findElement(By.xpath("//input[@type='checkbox' and @value='" + role + "' and starts-with(@id,'" + form
                        + ":roles')]"))
                .isSelected();
    }

    private static By roleBox(String form, String role) {
        return By.xpath("//input[@type='checkbox' and @value='" + role + "' and starts-with(@id,'" + form
                + ":roles')]/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]");
    }

    static By row(String username) {
        return By.xpath("//tbody[@id='usersForm:users_data']/tr[.//span[contains(@class,'vg-username') and text()='"
                + username + "']]");
    }

    WebElement rowOf(String username) {
        return browser.waitFor(row(username));
    }

    /** Clicks a row action ({@code editRoles}, {@code changeStatus}, {@code resetPassword}) and waits for its dialog. */
    void openRowAction(String username, String action, String dialogId) {
        By button =
                By.xpath("//tbody[@id='usersForm:users_data']/tr[.//span[contains(@class,'vg-username') and text()='"
                        + username + "']]//button[contains(@id,':" + action + "')]");
        browser.clickAndWaitForAjax(button);
        browser.waitFor(By.id(dialogId));
    }

    void resetPassword(String username, String newPassword) {
        openRowAction(username, "resetPassword", "passwordDialog");
        browser.type(By.id("passwordForm:password"), newPassword);
        browser.type(By.id("passwordForm:reason"), "Forgotten password (browser test)");
        browser.clickAndWaitForAjax(By.id("passwordForm:save"));
        browser.waitUntilGone(By.id("passwordDialog"));
    }

    /** Types a team in the open creation dialog (before submitting it). */
    void typeTeamInCreateDialog(String team) {
        browser.type(By.id("createForm:team"), team);
    }

    void changeTeam(String username, String team) {
        openRowAction(username, "editTeam", "teamDialog");
        browser.type(By.id("teamForm:team"), team);
        browser.type(By.id("teamForm:reason"), "Moved to another team (browser test)");
        browser.clickAndWaitForAjax(By.id("teamForm:save"));
        browser.waitUntilGone(By.id("teamDialog"));
    }

    String teamOf(String username) {
        return rowOf(username).findElement(By.className("vg-team")).getText();
    }

    void deactivate(String username) {
        openRowAction(username, "changeStatus", "statusDialog");
        browser.type(By.id("statusForm:reason"), "Left the authority (browser test)");
        browser.clickAndWaitForAjax(By.id("statusForm:deactivate"));
        browser.waitUntilGone(By.id("statusDialog"));
    }

    void reactivate(String username) {
        openRowAction(username, "changeStatus", "statusDialog");
        browser.type(By.id("statusForm:reason"), "Back at the authority (browser test)");
        browser.clickAndWaitForAjax(By.id("statusForm:reactivate"));
        browser.waitUntilGone(By.id("statusDialog"));
    }
}
