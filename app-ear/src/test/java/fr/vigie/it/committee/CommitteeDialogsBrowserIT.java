package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The committee's dialogs that used to be REST only: ending a declaration of interest, rescheduling a session. */
@ExtendWith(BrowserExtension.class)
class CommitteeDialogsBrowserIT extends RunningVigie {

    private static final By END_BUTTON = By.cssSelector("button[class*='vg-end-interest-']");

    @Test
    void aMemberEndsADeclarationOfInterestWithAReason(Browser browser) {
        String member = Committee.member("ines", "DAC_MEMBER");
        String siren = Committee.uniqueSiren();
        browser.login(member, Committee.PASSWORD);
        browser.waitFor(Browser.LOGOUT);
        browser.open("/committee/interests.xhtml");
        browser.type(By.id("declareForm:organisationName"), "Laboratoire Fin " + siren);
        browser.type(By.id("declareForm:siren"), siren);
        browser.type(By.id("declareForm:nature"), "Contrat de recherche");
        browser.clickAndWaitForAjax(By.id("declareForm:declare"));
        browser.waitForText(By.id("listForm:interests"), siren);

        browser.clickAndWaitForAjax(END_BUTTON);
        browser.waitFor(By.id("endForm:confirm"));
        assertTrue(browser.text(By.id("endWhat")).contains(siren), "the dialog names the declaration");
        browser.clickAndWaitForAjax(By.id("endForm:confirm"));
        assertFalse(browser.text(By.id("endForm:reasonMessage")).isBlank(), "the reason is asked on its field");
        browser.type(By.id("endForm:reason"), "Contrat terminé le mois dernier");
        browser.clickAndWaitForAjax(By.id("endForm:confirm"));
        browser.waitUntilGone(By.id("endDialog"));
        browser.waitForText(By.id("listForm:interests"), Browser.frenchDay(LocalDate.now()));
        assertFalse(browser.isPresent(END_BUTTON), "an ended declaration cannot be ended again");
    }

    @Test
    void theSecretaryReschedulesASessionWithAReason(Browser browser) {
        Api.Reply planned = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions",
                        "{\"date\":\"" + Committee.today().plusDays(7) + "\",\"title\":\"Séance à reporter\"}");
        assertEquals(201, planned.status(), planned.toString());
        long session = planned.json().getJsonNumber("id").longValue();
        LocalDate newDate = Committee.today().plusDays(21);

        browser.loginAsDemo("dacsecretary");
        browser.open("/committee/session.xhtml?id=" + session);
        browser.clickAndWaitForAjax(By.id("sessionForm:reschedule"));
        browser.waitFor(By.id("rescheduleForm:confirm"));
        // Select and type over the proposed date, as a person does (WebElement.clear() is undone by the date picker).
        WebElement date = browser.waitFor(By.id("rescheduleForm:date_input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        date.sendKeys(newDate.toString());
        browser.type(By.id("rescheduleForm:title"), "Séance reportée");
        browser.clickAndWaitForAjax(By.id("rescheduleForm:confirm"));
        assertFalse(browser.text(By.id("rescheduleForm:reasonMessage")).isBlank(), "the reason is asked on its field");
        browser.type(By.id("rescheduleForm:reason"), "Quorum impossible à réunir à cette date");
        browser.clickAndWaitForAjax(By.id("rescheduleForm:confirm"));
        browser.waitForText(By.id("date"), Browser.frenchDay(newDate));
        assertEquals(
                newDate.toString(),
                Api.as("dacsecretary")
                        .get("committee/sessions/" + session)
                        .json()
                        .getString("date"));
    }
}
