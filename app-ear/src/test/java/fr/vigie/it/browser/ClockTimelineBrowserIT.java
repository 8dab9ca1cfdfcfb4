package fr.vigie.it.browser;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code vigie:clockTimeline} component on a case's page: suspend, resume, extend, each with a reason. */
class ClockTimelineBrowserIT extends BrowserTestBase {
    private static final By CLOCK = By.cssSelector(".vg-clock");
    private static final By REASON = By.id("timeline:actionForm:reason");
    private static final By SAVE = By.id("timeline:actionForm:save");

    private static JsonObject startClock(String caseRef) {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(5);
        Api.Reply reply = Api.as("admin").postJson("clocks", "{\"caseRef\":\"" + caseRef
                + "\",\"policy\":\"EHDS_ART_68_4_PERMIT_DECISION\",\"startEvent\":\"" + start + "\",\"owner\":\"instructor\"}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static void act(Browser browser, String buttonClass, String reason) {
        browser.clickAndWaitForAjax(By.cssSelector(".vg-clock " + buttonClass));
        browser.waitFor(REASON);
        browser.type(REASON, reason);
        browser.clickAndWaitForAjax(SAVE);
    }

    @Test
    void suspendResumeAndExtendWithAReason(Browser browser) {
        String caseRef = "dossiers:BR-" + Long.toString(System.nanoTime(), 36);
        startClock(caseRef);
        browser.loginAsDemo("instructor");
        browser.open("/clocks/case.xhtml?caseRef=" + caseRef);
        assertTrue(browser.text(CLOCK).contains("Regulation (EU) 2025/327 Art. 68(4)"), "the source article is shown");
        assertEquals("RUNNING", browser.waitFor(CLOCK).getAttribute("data-status"));
        String dueBefore = browser.waitFor(CLOCK).getAttribute("data-due");

        browser.clickAndWaitForAjax(By.cssSelector(".vg-clock .vg-clock-suspend"));
        browser.waitFor(REASON);
        browser.clickAndWaitForAjax(SAVE);
        assertFalse(browser.text(By.id("timeline:actionForm:reasonMessage")).isBlank(), "a reason is required");
        browser.type(REASON, "Waiting for the applicant's missing documents");
        browser.clickAndWaitForAjax(SAVE);
        browser.waitUntilGone(By.id("timeline:actionDialog"));
        browser.waitFor(By.cssSelector(".vg-clock[data-status='SUSPENDED']"));

        act(browser, ".vg-clock-resume", "Documents received");
        browser.waitUntilGone(By.id("timeline:actionDialog"));
        browser.waitFor(By.cssSelector(".vg-clock[data-status='RUNNING']"));

        browser.clickAndWaitForAjax(By.cssSelector(".vg-clock .vg-clock-extend"));
        browser.waitFor(REASON);
        browser.type(By.id("timeline:actionForm:amount"), "3");
        browser.type(REASON, "Complex request: extended under Art. 68(4)");
        browser.clickAndWaitForAjax(SAVE);
        browser.waitUntilGone(By.id("timeline:actionDialog"));
        String history = browser.text(By.cssSelector(".vg-clock .vg-clock-events"));
        assertTrue(history.contains("Suspendu") && history.contains("Reprise") && history.contains("Prorogé"), history);
        assertTrue(history.contains("Complex request"), "the reason is shown in the history");
        assertTrue(browser.waitFor(CLOCK).getAttribute("data-due").compareTo(dueBefore) > 0, "the due date moved");
        assertFalse(browser.isPresent(By.cssSelector(".vg-clock .vg-clock-extend")), "Art. 68(4): one extension only");
    }

    @Test
    void aConcurrentChangeIsAConflictAndNothingIsSaved(Browser browser) {
        String caseRef = "dossiers:BR-" + Long.toString(System.nanoTime(), 36);
        JsonObject clock = startClock(caseRef);
        browser.loginAsDemo("instructor");
        browser.open("/clocks/case.xhtml?caseRef=" + caseRef);
        browser.clickAndWaitForAjax(By.cssSelector(".vg-clock .vg-clock-suspend"));
        browser.waitFor(REASON);

        Api.Reply meanwhile = Api.as("admin").postJson("clocks/" + clock.getJsonNumber("id") + "/extend",
                "{\"version\":" + clock.getInt("version") + ",\"amount\":1,\"unit\":\"months\",\"reason\":\"meanwhile\"}");
        assertEquals(200, meanwhile.status(), meanwhile.toString());

        browser.type(REASON, "Suspension decided on stale information");
        browser.clickAndWaitForAjax(SAVE);
        assertTrue(browser.text(By.id("timeline:actionForm:actionMessages")).contains("modifié par quelqu"),
                "the conflict is explained");
        assertTrue(browser.isVisible(By.id("timeline:actionForm:reload")), "the clock can be reloaded");
        JsonObject now = Api.as("admin").get("clocks/" + clock.getJsonNumber("id")).json();
        assertEquals(2, now.getJsonArray("events").size(), "started and extended only: the suspension was not saved");
    }

    @Test
    void aManagerSeesTheTimelineWithoutActions(Browser browser) {
        String caseRef = "dossiers:BR-" + Long.toString(System.nanoTime(), 36);
        startClock(caseRef);
        browser.loginAsDemo("manager");
        browser.open("/clocks/case.xhtml?caseRef=" + caseRef);
        browser.waitFor(CLOCK);
        assertFalse(browser.isPresent(By.cssSelector(".vg-clock .vg-clock-suspend")));
        assertFalse(browser.isPresent(By.id("startForm")));
    }
}
