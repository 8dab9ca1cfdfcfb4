package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every demo account's home page on the demo data, in one browser session: each role's panels are
 * there and show figures or lines of real work, not an empty frame nor an announcement of a module
 * to come. The failures of all roles are collected so that one run names every empty panel. Each
 * home is saved as a picture ({@code target/screenshots/roles}) for a person's review.
 */
class HomePagesBrowserIT extends BrowserTestBase {

    /** Per demo account: the panels of its roles, each with the element that carries its work. */
    private static final Map<String, List<String[]>> PANELS = new LinkedHashMap<>();

    static {
        PANELS.put("handler", List.of(new String[] {"complaintsHandlerPanel", "homeToQualifyCount"}, new String[] {
            "complaintsHandlerPanel", "homeServiceClocks"
        }));
        PANELS.put("inspector", List.<String[]>of(new String[] {"inspectionsInspectorPanel", "myInspections"}));
        PANELS.put("head", List.<String[]>of(new String[] {"inspectionsHeadPanel", "programmeProgress"}));
        PANELS.put("president", List.of(new String[] {"sanctionsPresidentPanel", "homeToSign"}, new String[] {
            "inspectionsPresidentPanel", "inspectionsPresidentPanel"
        }));
        PANELS.put("rapporteur", List.<String[]>of(new String[] {"sanctionsRapporteurPanel", "homeMine"}));
        PANELS.put("sanctions", List.<String[]>of(new String[] {"sanctionsCommitteePanel", "homeHearings"}));
        PANELS.put("sanctionschair", List.<String[]>of(new String[] {"sanctionsCommitteePanel", "homeSimplified"}));
        PANELS.put("instructor", List.of(new String[] {"dossiersInstructorPanel", "homeMyDossiersCount"}, new String[] {
            "dossiersInstructorPanel", "homeToCheckCount"
        }));
        PANELS.put("dacmember", List.<String[]>of(new String[] {"committeeMemberPanel", "committeeMemberPanel"}));
        PANELS.put("dacchair", List.<String[]>of(new String[] {"committeeChairPanel", "homeQuorum"}));
        PANELS.put(
                "dacsecretary", List.<String[]>of(new String[] {"committeeSecretaryPanel", "homeSecretaryAwaiting"}));
        PANELS.put("manager", List.<String[]>of(new String[] {"reportsManagerPanel", "reportsManagerPanel"}));
        PANELS.put("auditor", List.<String[]>of(new String[] {"auditorPanel", "lastAuditEntries"}));
        PANELS.put("admin", List.<String[]>of(new String[] {"adminPanel", "userCount"}));
    }

    @Test
    void eachDemoRolesHomeShowsItsWork(Browser browser) {
        // The test server runs no timed reporting snapshot (each reporting test builds its own): the
        // manager's figures are those of a snapshot of the demo data taken now, as the timer would.
        Api.Reply snapshot = Api.as("manager").post("reports/snapshot", "application/json", new byte[0]);
        assertEquals(200, snapshot.status(), snapshot.toString());
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> account : PANELS.entrySet()) {
            String user = account.getKey();
            browser.loginAsDemo(user);
            String page = browser.pageText();
            browser.saveScreenshot("home-" + user);
            if (page.contains("prochaine version") || page.contains("future version")) {
                failures.add(user + ": a panel announces a module to come");
            }
            for (String[] panel : account.getValue()) {
                check(browser, user, panel[0], panel[1], failures);
            }
            browser.logout();
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(Browser browser, String user, String panelId, String workId, List<String> failures) {
        By panel = By.cssSelector("[id$='" + panelId + "']");
        if (!browser.isPresent(panel)) {
            failures.add(user + ": no panel " + panelId);
            return;
        }
        WebElement content = browser.driver()
                .findElement(
                        By.cssSelector("[id$='" + panelId + "'] .ui-panel-content, [id$='" + panelId + "_content']"));
        if (content.getText().isBlank()) {
            failures.add(user + ": panel " + panelId + " is empty");
        }
        By work = By.cssSelector("[id$='" + workId + "']");
        if (!browser.isPresent(work) || browser.text(work).isBlank()) {
            failures.add(user + ": panel " + panelId + " shows nothing in " + workId);
        } else if (browser.text(work).contains("Aucun") && !workId.endsWith("Count")) {
            failures.add(user + ": panel " + panelId + " has no work in " + workId + ": " + browser.text(work));
        }
    }
}
