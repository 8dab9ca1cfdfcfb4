package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Choosing a case's organisation from the directory (ADR 7 step 4): an organisation registered in the
 * directory is suggested on the complaint intake form when a handler types its SIREN or a fragment of
 * its name without the accents; choosing it fills the form's own name, SIREN and country fields, and
 * the complaint is then saved as usual.
 */
class OrganisationPickerBrowserIT extends BrowserTestBase {
    private static final String PICKER = "intakeForm:organisationPicker:search";
    private static final By SEARCH = By.id(PICKER + "_input");
    private static final By PANEL = By.id(PICKER + "_panel");
    private static final By SUGGESTION = By.cssSelector("[id='" + PICKER + "_panel'] li.ui-autocomplete-item");
    private static final String FACTS =
            "La pharmacie a affiché l'ordonnance d'un patient à la vue de tous les clients du comptoir.";

    @Test
    void aDirectorySuggestionFillsTheIntakeFields(Browser browser) {
        String token = token();
        String siren = siren();
        String name = "Pharmacie Éloïse Hôtel " + token;
        Api.Reply registered = Api.as("handler")
                .postJson(
                        "organisations",
                        "{\"siren\":\"" + siren + "\",\"name\":\"" + name
                                + "\",\"legalForm\":\"5710\",\"naf\":\"47.73Z\"}");
        assertEquals(201, registered.status(), registered.toString());

        browser.loginAsDemo("handler");
        browser.open("/complaints/intake.xhtml");
        assertTrue(browser.pageText().contains("Rechercher dans l'annuaire"), "the search box has its visible label");

        // By SIREN: the one organisation, read "name — SIREN — NAF".
        browser.type(SEARCH, siren);
        WebElement bySiren = suggestion(browser, siren);
        assertEquals(name + " — " + siren + " — 47.73Z", bySiren.getText().strip());
        // Closed, so that the next search is read from its own suggestions, not from these.
        browser.driver().findElement(SEARCH).sendKeys(Keys.ESCAPE);
        browser.waitUntilGone(PANEL);

        // By a fragment of the name typed without its accents, then chosen.
        browser.type(SEARCH, "eloise hotel " + token);
        WebElement byName = suggestion(browser, siren);
        assertTrue(byName.getText().contains(name), byName.getText());
        byName.click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver(), Browser.WAIT)
                .until(d -> siren.equals(value(browser, "intakeForm:organisationIdentifier")));
        assertEquals(name, value(browser, "intakeForm:organisationName"));
        assertEquals(siren, value(browser, "intakeForm:organisationIdentifier"));
        assertEquals("FR", value(browser, "intakeForm:organisationCountry"));

        // The form saves as before: the picker only filled its fields.
        browser.type(By.id("intakeForm:complainantName"), "Jeanne Dupont");
        browser.type(By.id("intakeForm:complainantEmail"), "jeanne.dupont@example.fr");
        browser.type(By.id("intakeForm:facts"), FACTS);
        browser.driver()
                .findElement(By.cssSelector("[id='intakeForm:categories'] .ui-chkbox-box"))
                .click();
        browser.clickAndWaitForPage(By.id("intakeForm:save"));
        assertEquals("/complaints/file.xhtml", browser.path(), browser.pageText());
        String organisation = browser.text(By.id("organisation"));
        assertTrue(organisation.contains(name) && organisation.contains(siren), organisation);
    }

    /** Waits for the suggestion holding {@code text} (the search runs 300 ms after the last key). */
    private static WebElement suggestion(Browser browser, String text) {
        browser.waitForText(PANEL, text);
        return browser.driver().findElements(SUGGESTION).stream()
                .filter(item -> item.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion with " + text + ": " + browser.pageText()));
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private static String token() {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return t.toString();
    }

    /** A random, Luhn-valid SIREN. */
    private static String siren() {
        while (true) {
            String body = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
            for (int check = 0; check <= 9; check++) {
                String candidate = body + check;
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    int d = candidate.charAt(8 - i) - '0';
                    sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
                }
                if (sum % 10 == 0) {
                    return candidate;
                }
            }
        }
    }
}
