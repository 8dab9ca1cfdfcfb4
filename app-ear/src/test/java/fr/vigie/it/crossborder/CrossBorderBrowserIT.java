package fr.vigie.it.crossborder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The cross-border screens in headless Chromium: a case the CNIL leads, opened from the list and taken
 * through the cooperation procedure to its closure with the clocks shown on the file; and a case opened
 * on 2 April 2027, ex officio, that shows no clock of the Regulation (Art. 36: after that day only).
 */
@ExtendWith(BrowserExtension.class)
class CrossBorderBrowserIT extends RunningVigie {
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String stage(Browser browser) {
        return browser.waitFor(By.id("header")).getAttribute("data-stage");
    }

    private static void awaitStage(Browser browser, String expected) {
        browser.waitFor(By.cssSelector("#header[data-stage='" + expected + "']"));
    }

    /** Types a date as a person does: select what the picker's input holds, type over it, leave the field. */
    private static void typeDate(Browser browser, String pickerId, String isoDay) {
        WebElement input = browser.waitFor(By.id(pickerId + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(PICKER.format(LocalDate.parse(isoDay)));
        input.sendKeys(Keys.TAB);
    }

    /** Clicks the act's button and fills its dialog. */
    private static void act(Browser browser, String act, String isoDay, String authority, String reason) {
        browser.clickAndWaitForAjax(By.cssSelector(".vg-act-" + act));
        browser.waitFor(By.id("actForm:save"));
        if (isoDay != null) {
            typeDate(browser, "actForm:date", isoDay);
        }
        if (authority != null) {
            browser.choose("actForm:authority", authority);
        }
        if (reason != null) {
            browser.type(By.id("actForm:reason"), reason);
        }
        browser.clickAndWaitForAjax(By.id("actForm:save"));
    }

    private static By clockDue(String isoDay) {
        return By.cssSelector("section.vg-clock[data-due='" + isoDay + "']");
    }

    /**
     * The CNIL leads: open, competence, summary of key issues, preliminary findings, parties heard,
     * draft, an objection from Germany, revised draft, final decision, closure — with the Art. 60(4)
     * and 60(5) clocks on the file. Acts are recorded on the day they happen (a clock is never ended
     * on a future day), so the case is opened in 2026 and runs under the GDPR alone.
     */
    @Test
    void aCaseTheCnilLeadsFromOpeningToClosure(Browser browser) {
        String organisation = CrossBorderCases.uniqueOrganisation();
        browser.loginAsDemo("rapporteur");
        browser.open("/crossborder/list.xhtml");
        browser.clickAndWaitForAjax(By.id("listForm:newCase"));
        browser.waitFor(By.id("openForm:save"));
        typeDate(browser, "openForm:openedOn", "2026-06-01");
        browser.type(By.id("openForm:organisationName"), organisation);
        browser.type(By.id("openForm:reason"), "Saisine d'office après signalements");
        browser.driver().findElement(By.id("openForm:save")).click();
        browser.waitFor(By.cssSelector("#header[data-stage='OPENED']"));
        assertEquals("GDPR_ONLY", browser.waitFor(By.id("header")).getAttribute("data-rules"));
        assertTrue(browser.text(By.id("role")).contains("chef de file"), browser.text(By.id("role")));

        act(browser, "ADD_CONCERNED_AUTHORITY", null, "DE", null);
        browser.waitForText(By.id("concerned"), "DE");

        act(browser, "CONFIRM_COMPETENCE", "2026-06-15", null, null);
        awaitStage(browser, "INVESTIGATING");
        assertFalse(browser.isPresent(By.cssSelector("section.vg-clock")), "no investigation deadline before 2027");
        act(browser, "SHARE_SUMMARY_OF_KEY_ISSUES", "2026-07-01", null, null);
        awaitStage(browser, "KEY_ISSUES_SHARED");

        // A date before the last act is refused on the date field, and the dialog stays open.
        act(browser, "ISSUE_PRELIMINARY_FINDINGS", "2026-06-20", null, null);
        assertFalse(browser.text(By.id("actForm:dateMessage")).isBlank(), "the refusal is said on the date field");
        typeDate(browser, "actForm:date", "2026-08-03");
        browser.clickAndWaitForAjax(By.id("actForm:save"));
        awaitStage(browser, "PRELIMINARY_FINDINGS_ISSUED");

        act(browser, "RECORD_PARTIES_HEARD", "2026-09-01", null, null);
        awaitStage(browser, "PARTIES_HEARD");
        act(browser, "SUBMIT_DRAFT_DECISION", "2026-10-01", null, null);
        awaitStage(browser, "DRAFT_DECISION_SUBMITTED");
        browser.waitFor(clockDue("2026-10-29"));

        act(browser, "RECORD_OBJECTION", "2026-10-20", "DE", "Objection pertinente et motivée sur l'amende");
        browser.waitForText(By.id("objections"), "DE");
        assertFalse(browser.isPresent(By.cssSelector(".vg-act-ADOPT_FINAL_DECISION")), "an objection is pending");
        act(browser, "SUBMIT_REVISED_DRAFT", "2026-11-02", null, "L'objection est suivie");
        awaitStage(browser, "REVISED_DRAFT_SUBMITTED");
        browser.waitFor(clockDue("2026-11-16"));
        browser.logout();

        // The president finds the case in the list, filtered on the cases the CNIL leads.
        browser.loginAsDemo("president");
        browser.open("/crossborder/list.xhtml");
        browser.choose("listForm:role", "chef de file");
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
        String reference = findReference(browser, organisation);
        browser.clickAndWaitForPage(By.linkText(reference));
        act(browser, "ADOPT_FINAL_DECISION", "2026-11-20", null, null);
        awaitStage(browser, "FINAL_DECISION_ADOPTED");
        act(browser, "CLOSE", "2026-12-01", null, "Décision notifiée au responsable du traitement");
        awaitStage(browser, "CLOSED");
        assertFalse(browser.isPresent(By.cssSelector(".vg-act")), "nothing more to do on a closed case");
        String history = browser.text(By.id("history"));
        assertTrue(history.contains("Objection pertinente et motivée"), history);
        assertEquals("CLOSED", stage(browser));
    }

    @Test
    void aCaseOpenedOnTheThirdOfAprilShowsTheRegulationsClocks(Browser browser) {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-03", "FR", CrossBorderCases.uniqueOrganisation());
        CrossBorderCases.act("rapporteur", c, "confirm-competence", "2027-04-05", null, null);

        browser.loginAsDemo("rapporteur");
        browser.open("/crossborder/file.xhtml?reference=" + c.getString("reference"));
        awaitStage(browser, "INVESTIGATING");
        assertEquals(
                "GDPR_AND_REGULATION_2025_2518",
                browser.waitFor(By.id("header")).getAttribute("data-rules"));
        browser.waitFor(clockDue("2028-07-05"));
        assertTrue(browser.text(By.id("investigationDue")).contains("2028"), browser.text(By.id("investigationDue")));
        assertTrue(browser.isPresent(By.cssSelector(".vg-act-APPLY_SIMPLE_COOPERATION")));
    }

    @Test
    void aCaseOpenedOnTheSecondOfAprilShowsNoRegulationClock(Browser browser) {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-02", "FR", CrossBorderCases.uniqueOrganisation());
        CrossBorderCases.act("rapporteur", c, "confirm-competence", "2027-04-05", null, null);

        browser.loginAsDemo("rapporteur");
        browser.open("/crossborder/file.xhtml?reference=" + c.getString("reference"));
        awaitStage(browser, "INVESTIGATING");
        assertEquals("GDPR_ONLY", browser.waitFor(By.id("header")).getAttribute("data-rules"));
        assertFalse(browser.isPresent(By.cssSelector("section.vg-clock")), "no clock of the Regulation");
        assertTrue(browser.text(By.id("investigationDue")).contains("aucune"), browser.text(By.id("investigationDue")));
        assertFalse(browser.isPresent(By.cssSelector(".vg-act-APPLY_SIMPLE_COOPERATION")));
        assertTrue(browser.isPresent(By.cssSelector(".vg-act-SUBMIT_DRAFT_DECISION")));
    }

    /** The reference shown in the list row of {@code organisation}. */
    private static String findReference(Browser browser, String organisation) {
        WebElement row = browser.waitFor(By.xpath("//tr[td[contains(., '" + organisation + "')]]"));
        return row.findElement(By.cssSelector("a.vg-crossborder-link")).getText();
    }
}
