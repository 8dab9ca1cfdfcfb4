package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A handler records a cross-border complaint on the Art. 4(1) form, finds it admissible, records
 * the preliminary assessment and transmits it to the presumed lead authority (IE).
 */
@ExtendWith(BrowserExtension.class)
class CrossBorderComplaintBrowserIT extends RunningVigie {
    private static final String FACTS =
            "Le réseau social refuse d'effacer mes photos malgré ma demande du 3 mars, restée sans réponse.";

    @Test
    void recordFindAdmissibleAssessAndTransmitToTheLeadAuthority(Browser browser) {
        browser.loginAsDemo("handler");
        browser.open("/complaints/cross-border-intake.xhtml");
        assertFalse(browser.isPresent(By.id("xbIntakeForm:categories")), "only the information of Art. 4(1)");

        browser.type(By.id("xbIntakeForm:complainantName"), "Claire Martin");
        browser.type(By.id("xbIntakeForm:complainantEmail"), "claire.martin@example.fr");
        browser.type(By.id("xbIntakeForm:organisationName"), "Réseau Social " + Long.toString(System.nanoTime(), 36));
        browser.type(By.id("xbIntakeForm:organisationCountry"), "IE");
        browser.type(By.id("xbIntakeForm:presumedLead"), "IE");
        browser.clickAndWaitForAjax(By.id("xbIntakeForm:save"));
        assertFalse(browser.text(By.id("xbIntakeForm:factsMessage")).isBlank(), "(d) the description is required");
        assertEquals("/complaints/cross-border-intake.xhtml", browser.path(), "still on the form");

        browser.type(By.id("xbIntakeForm:facts"), FACTS);
        browser.clickAndWaitForPage(By.id("xbIntakeForm:save"));
        assertEquals("/complaints/file.xhtml", browser.path());
        browser.waitFor(By.cssSelector("#crossBorder[data-admissibility='TO_CHECK']"));
        assertEquals("GDPR_ONLY", browser.waitFor(By.id("crossBorder")).getAttribute("data-rules"));

        browser.clickAndWaitForAjax(By.id("fileForm:xbAdmissible"));
        browser.waitFor(By.cssSelector("#crossBorder[data-admissibility='ADMISSIBLE']"));

        browser.clickAndWaitForAjax(By.id("fileForm:xbAssess"));
        browser.waitFor(By.id("xbAssessForm:save"));
        assertEquals(
                "IE",
                browser.driver().findElement(By.id("xbAssessForm:presumedLead")).getAttribute("value"),
                "the lead the complainant named is proposed");
        browser.clickAndWaitForAjax(By.id("xbAssessForm:save"));
        assertFalse(browser.text(By.id("xbAssessForm:reasonMessage")).isBlank(), "a reason is required");
        browser.type(By.id("xbAssessForm:reason"), "Établissement principal à Dublin");
        browser.clickAndWaitForAjax(By.id("xbAssessForm:save"));
        browser.waitForText(By.id("xbAssessment"), "IE");

        browser.clickAndWaitForAjax(By.id("fileForm:xbTransmit"));
        browser.waitFor(By.id("xbTransmitForm:save"));
        browser.type(By.id("xbTransmitForm:documents"), "Capture d'écran du 3 mars");
        browser.clickAndWaitForAjax(By.id("xbTransmitForm:save"));

        browser.waitFor(By.cssSelector("#xbTransmission[data-to='IE']"));
        String sent = browser.text(By.id("xbDocuments"));
        assertTrue(sent.contains("La plainte") && sent.contains("Capture d'écran du 3 mars"), sent);
        assertFalse(browser.isPresent(By.id("fileForm:xbTransmit")), "transmitted once");
        assertTrue(browser.pageText().contains("Avis de transmission"), "the notice to the complainant is listed");
        // Received before 2 April 2027: the old rules, no transmission clock to stop.
        assertTrue(browser.text(By.id("xbClocks")).startsWith("Aucun"), browser.text(By.id("xbClocks")));
    }
}
