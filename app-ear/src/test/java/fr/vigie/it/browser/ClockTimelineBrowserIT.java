package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The {@code vigie:clockTimeline} component on a case's clock page: read-only for everyone (clocks
 * change through their case's own acts), and an administrator's correction of a start event,
 * with a reason, as the one generic change.
 */
class ClockTimelineBrowserIT extends BrowserTestBase {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final By CLOCK = By.cssSelector(".vg-clock");
    private static final By REASON = By.id("timeline:actionForm:reason");
    private static final By START_EVENT = By.id("timeline:actionForm:startEvent_input");
    private static final By SAVE = By.id("timeline:actionForm:save");

    /** A complaint received by mail 3 days ago; returns its case reference. */
    private static String complaint() {
        String siren = siren();
        Api.Reply created = Api.as("handler")
                .postJson(
                        "complaints",
                        "{\"channel\":\"MAIL\",\"receivedOn\":\""
                                + TODAY.minusDays(3)
                                + "\",\"complainantName\":\"Claire Martin\",\"complainantEmail\":\"claire@example.fr\","
                                + "\"organisationName\":\"Boutique " + siren + " SAS\",\"organisationCountry\":\"FR\","
                                + "\"organisationIdentifier\":\"" + siren + "\",\"facts\":\"Prospection " + siren
                                + "\","
                                + "\"categories\":[\"MARKETING\"],\"peopleAffected\":1}");
        assertEquals(201, created.status(), created.toString());
        return "complaints:" + created.json().getString("reference");
    }

    private static String siren() {
        String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            int sum = 0;
            for (int i = 0; i < candidate.length(); i++) {
                int d = candidate.charAt(candidate.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private static JsonObject art78(String caseRef) {
        return Api.as("manager").get("clocks?caseRef=" + caseRef).jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("policyCode").equals("GDPR_ART_78_2_INFORM_COMPLAINANT"))
                .findFirst()
                .orElseThrow();
    }

    private static By correctButton(JsonObject clock) {
        return By.cssSelector(".vg-clock[data-clock='" + clock.getJsonNumber("id") + "'] .vg-clock-correct");
    }

    @Test
    void theHandlerSeesTheClocksOfTheCaseWithoutAnyGenericAct(Browser browser) {
        String caseRef = complaint();
        browser.loginAsDemo("handler");
        browser.open("/clocks/case.xhtml?caseRef=" + caseRef);
        browser.waitFor(CLOCK);
        assertTrue(browser.pageText().contains("GDPR Art. 78(2)"), "the source article is shown");
        for (String act : new String[] {"suspend", "resume", "extend", "correct"}) {
            assertFalse(browser.isPresent(By.cssSelector(".vg-clock .vg-clock-" + act)), act);
        }
        assertFalse(browser.isPresent(By.id("startForm")), "no clock is started from this page");
    }

    @Test
    void anAdministratorCorrectsAStartEventWithAReason(Browser browser) {
        String caseRef = complaint();
        JsonObject clock = art78(caseRef);
        browser.loginAsDemo("admin");
        browser.open("/clocks/case.xhtml?caseRef=" + caseRef);
        String dueBefore = browser.waitFor(By.cssSelector(".vg-clock[data-clock='" + clock.getJsonNumber("id") + "']"))
                .getAttribute("data-due");

        browser.clickAndWaitForAjax(correctButton(clock));
        browser.waitFor(REASON);
        browser.type(START_EVENT, TODAY.minusDays(4).toString());
        browser.driver().findElement(START_EVENT).sendKeys(Keys.TAB);
        browser.clickAndWaitForAjax(SAVE);
        assertFalse(browser.text(By.id("timeline:actionForm:reasonMessage")).isBlank(), "a reason is required");
        browser.type(REASON, "Courrier reçu la veille, date mal saisie");
        browser.clickAndWaitForAjax(SAVE);
        browser.waitUntilGone(By.id("timeline:actionDialog"));

        By section = By.cssSelector(".vg-clock[data-clock='" + clock.getJsonNumber("id") + "']");
        browser.waitForText(
                By.cssSelector(".vg-clock[data-clock='" + clock.getJsonNumber("id") + "'] .vg-clock-events"),
                "Corrigé par un administrateur");
        String history = browser.text(
                By.cssSelector(".vg-clock[data-clock='" + clock.getJsonNumber("id") + "'] .vg-clock-events"));
        assertTrue(history.contains("date mal saisie"), "the reason is shown in the history: " + history);
        assertNotEquals(dueBefore, browser.waitFor(section).getAttribute("data-due"), "the due date moved");
        assertEquals(TODAY.minusDays(4).toString(), art78(caseRef).getString("startEvent"));
    }

    @Test
    void aConcurrentChangeIsAConflictAndNothingIsSaved(Browser browser) {
        String caseRef = complaint();
        JsonObject clock = art78(caseRef);
        browser.loginAsDemo("admin");
        browser.open("/clocks/case.xhtml?caseRef=" + caseRef);
        browser.clickAndWaitForAjax(correctButton(clock));
        browser.waitFor(REASON);

        Api.Reply meanwhile = Api.as("admin")
                .postJson(
                        "clocks/" + clock.getJsonNumber("id") + "/correct",
                        "{\"version\":" + clock.getInt("version") + ",\"startEvent\":\"" + TODAY.minusDays(5)
                                + "\",\"reason\":\"meanwhile\"}");
        assertEquals(200, meanwhile.status(), meanwhile.toString());

        browser.type(REASON, "Correction decided on stale information");
        browser.clickAndWaitForAjax(SAVE);
        assertTrue(
                browser.text(By.id("timeline:actionForm:actionMessages")).contains("modifié par quelqu"),
                "the conflict is explained");
        assertTrue(browser.isVisible(By.id("timeline:actionForm:reload")), "the clock can be reloaded");
        assertEquals(
                "Correction decided on stale information",
                browser.driver().findElement(REASON).getAttribute("value"),
                "what was typed is kept");
        JsonObject now =
                Api.as("admin").get("clocks/" + clock.getJsonNumber("id")).json();
        assertEquals(2, now.getJsonArray("events").size(), "started and corrected once: the second was not saved");
    }
}
