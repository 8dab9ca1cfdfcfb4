package fr.vigie.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator's retention screens, clicked through: a line of the schedule changed (a bad
 * period refused on its field first), the dry run, a legal hold placed and released, a run started
 * now; then a person's request: found by e-mail, erased from a closed complaint.
 */
@ExtendWith(BrowserExtension.class)
class RetentionBrowserIT extends RunningVigie {
    private static final By RULE_ROW = By.cssSelector("#rulesForm\\:rules tr.vg-rule-complaints-INADMISSIBLE");

    @Test
    void theAdministratorKeepsTheSchedule(Browser browser) {
        String held = ClosedComplaints.closed("Noémie Fabre", ClosedComplaints.uniqueEmail("noemie"), "NO_BREACH");
        browser.loginAsDemo("admin");
        assertTrue(browser.isPresent(Browser.menuEntry("menuRetention")), "the administrator's menu offers the page");
        browser.open("/admin/retention.xhtml");
        WebElement row = browser.waitFor(RULE_ROW);
        assertTrue(row.getText().contains("Irrecevable") && row.getText().contains("mois"), row.getText());
        int months = Integer.parseInt(row.findElement(By.cssSelector(".vg-rule-pseudonymise"))
                .getText()
                .replaceAll("\\D", ""));

        browser.clickAndWaitForAjax(
                By.cssSelector("#rulesForm\\:rules tr.vg-rule-complaints-INADMISSIBLE .vg-rule-change"));
        browser.waitFor(By.id("ruleDialog"));
        browser.type(By.id("ruleForm:pseudonymiseAfter"), String.valueOf(months + 1));
        browser.type(By.id("ruleForm:deleteFileAfter"), String.valueOf(months));
        browser.type(By.id("ruleForm:reason"), "Tableau de gestion des archives, version 2027");
        browser.clickAndWaitForAjax(By.id("ruleForm:save"));
        assertTrue(browser.isVisible(By.id("ruleDialog")), "the dialog stays open");
        assertTrue(browser.isPresent(By.cssSelector("#ruleForm .ui-message-error")), "the refusal is on the field");
        browser.type(By.id("ruleForm:deleteFileAfter"), String.valueOf(months + 40));
        browser.clickAndWaitForAjax(By.id("ruleForm:save"));
        browser.waitUntilGone(By.id("ruleDialog"));
        row = browser.waitFor(RULE_ROW);
        assertTrue(row.getText().contains((months + 1) + " mois"), row.getText());
        assertTrue(row.getText().contains("Modifiée par"), row.getText());

        browser.clickAndWaitForAjax(By.id("planForm:simulate"));
        browser.waitFor(By.id("planForm:plan"));
        assertTrue(
                browser.text(By.id("planForm:plan")).contains("Pseudonymisation"),
                browser.text(By.id("planForm:plan")));

        browser.type(By.id("holdForm:caseRef"), "complaints:" + held);
        browser.type(By.id("holdForm:reason"), "Contentieux devant le tribunal administratif");
        browser.clickAndWaitForAjax(By.id("holdForm:place"));
        assertTrue(
                browser.isPresent(By.cssSelector("#holdForm .ui-message-error")), "the missing kind is on its field");
        browser.choose("holdForm:kind", "Contentieux");
        browser.clickAndWaitForAjax(By.id("holdForm:place"));
        By holdRow = By.xpath(
                "//tbody[@id='holdsForm:holds_data']/tr[.//span[@class='vg-hold-case' and text()='" + held + "']]");
        assertTrue(browser.waitFor(holdRow).getText().contains("Contentieux"), browser.text(By.id("holdsForm:holds")));

        browser.clickAndWaitForAjax(By.xpath("//tbody[@id='holdsForm:holds_data']/tr[.//span[text()='" + held
                + "']]//button[contains(@class,'vg-hold-release')]"));
        browser.waitFor(By.id("releaseDialog"));
        browser.clickAndWaitForAjax(By.id("releaseForm:confirmRelease"));
        assertTrue(browser.isPresent(By.cssSelector("#releaseForm .ui-message-error")), "a release needs a reason");
        browser.type(By.id("releaseForm:reason"), "Jugement rendu, pas d’appel");
        browser.clickAndWaitForAjax(By.id("releaseForm:confirmRelease"));
        browser.waitUntilGone(By.id("releaseDialog"));
        assertFalse(browser.isPresent(holdRow), "the released hold leaves the list");

        browser.clickAndWaitForAjax(By.id("runsForm:runNow"));
        browser.waitFor(By.id("runDialog"));
        browser.type(By.id("runForm:reason"), "Vérification après mise à jour du tableau de gestion");
        browser.clickAndWaitForAjax(By.id("runForm:confirmRun"));
        browser.waitUntilGone(By.id("runDialog"));
        assertTrue(browser.text(By.id("messages")).contains("Exécution terminée"), browser.text(By.id("messages")));
        String runs = browser.text(By.id("runsForm:runs"));
        assertTrue(runs.contains("Terminée"), runs);
    }

    @Test
    void aPersonsDataIsFoundAndErasedFromAClosedComplaint(Browser browser) throws SQLException {
        String email = ClosedComplaints.uniqueEmail("baptiste");
        String closed = ClosedComplaints.closed("Baptiste Carrel", email, "NO_BREACH");
        browser.loginAsDemo("admin");
        assertTrue(browser.isPresent(Browser.menuEntry("menuSubjectRequests")));
        browser.open("/admin/subject-requests.xhtml");
        browser.waitFor(By.id("searchForm:search"));

        browser.type(By.id("searchForm:email"), email);
        browser.clickAndWaitForAjax(By.id("searchForm:search"));
        assertTrue(
                browser.isPresent(By.cssSelector("#searchForm .ui-message-error")),
                "the request's reference is required");

        browser.type(By.id("searchForm:request"), "Courrier 2026-1207");
        browser.clickAndWaitForAjax(By.id("searchForm:search"));
        WebElement hit = browser.waitFor(By.cssSelector("#resultsForm\\:results tr.vg-subject-hit"));
        assertTrue(hit.getText().contains(closed) && hit.getText().contains("Baptiste Carrel"), hit.getText());
        assertTrue(hit.getText().contains("Clôturée"), hit.getText());

        browser.clickAndWaitForAjax(By.cssSelector("#resultsForm\\:results tr.vg-subject-hit .vg-subject-erase"));
        browser.waitFor(By.id("eraseDialog"));
        browser.type(By.id("eraseForm:reason"), "La personne demande l’effacement de ses données");
        browser.clickAndWaitForAjax(By.id("eraseForm:confirmErase"));
        browser.waitUntilGone(By.id("eraseDialog"));
        assertTrue(browser.text(By.id("messages")).contains(closed), browser.text(By.id("messages")));
        assertEquals(
                "Plaignant pseudonymisé",
                ClosedComplaints.file(closed).getJsonObject("complainant").getString("name"));
        assertEquals(0, RetentionIT.auditReasonsNaming(closed, "Carrel"));
    }
}
