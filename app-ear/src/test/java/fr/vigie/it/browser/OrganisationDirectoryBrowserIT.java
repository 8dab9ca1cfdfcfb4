package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The organisation directory's screens: an administrator imports a small SIRENE file (the counts and
 * the rejected line shown), finds an imported organisation without typing its accents, registers a
 * new one (a bad SIREN refused on its field first), then corrects it with a reason.
 */
class OrganisationDirectoryBrowserIT extends BrowserTestBase {

    @Test
    void importSearchRegisterAndCorrect(Browser browser) throws IOException {
        String token = token();
        String imported = siren();
        Path csv = Files.createTempFile("StockUniteLegale-", ".csv");
        Files.writeString(
                csv,
                "denominationUniteLegale,siren,statutDiffusionUniteLegale,etatAdministratifUniteLegale,"
                        + "categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale\n"
                        + "\"Électricité Générale " + token + "\"," + imported + ",O,A,5710,43.21A\n"
                        + "Mauvaise ligne,12345,O,A,5710,43.21A\n",
                StandardCharsets.UTF_8);

        browser.loginAsDemo("admin");
        assertTrue(
                browser.isPresent(Browser.menuEntry("menuSireneImport")), "the administration menu offers the import");
        assertTrue(browser.isPresent(Browser.menuEntry("menuOrganisations")), "the menu offers the directory");
        browser.open("/admin/sirene-import.xhtml");
        browser.driver()
                .findElement(By.cssSelector("input[type='file'][id^='importForm:file']"))
                .sendKeys(csv.toString());
        browser.clickAndWaitForPage(By.id("importForm:importButton"));
        assertEquals("1", browser.text(By.id("inserted")));
        assertEquals("1", browser.text(By.id("rejected")));
        assertEquals("3", browser.text(By.cssSelector(".vg-reject-line")));
        assertTrue(browser.pageText().contains("SIREN absent ou pas sur 9 chiffres"), browser.pageText());
        Files.delete(csv);

        browser.open("/organisations/directory.xhtml");
        browser.type(By.id("searchForm:text"), "electricite generale " + token);
        browser.clickAndWaitForAjax(By.id("searchForm:searchButton"));
        browser.waitForText(By.id("listForm:organisations"), imported);
        browser.clickAndWaitForPage(By.cssSelector("#listForm\\:organisations a.vg-org-link"));
        assertEquals(
                "Électricité Générale " + token,
                browser.waitFor(By.id("orgForm:name")).getAttribute("value"));
        assertTrue(browser.pageText().contains("Répertoire SIRENE"), "the record says where it came from");

        browser.open("/organisations/directory.xhtml");
        browser.clickAndWaitForPage(By.id("searchForm:newButton"));
        String siren = siren();
        browser.type(By.id("orgForm:siren"), "123456789");
        browser.type(By.id("orgForm:name"), "Clinique des Tilleuls " + token);
        browser.type(By.id("orgForm:naf"), "86.10Z");
        browser.clickAndWaitForAjax(By.id("orgForm:saveButton"));
        assertTrue(browser.pageText().contains("clé de contrôle"), "the bad SIREN is refused: " + browser.pageText());
        browser.type(By.id("orgForm:siren"), siren);
        browser.clickAndWaitForPage(By.id("orgForm:saveButton"));
        assertTrue(browser.pageText().contains("Organisation enregistrée."), browser.pageText());
        assertEquals(siren, browser.waitFor(By.id("orgForm:siren")).getAttribute("value"));

        browser.type(By.id("orgForm:name"), "Clinique des Tilleuls SAS " + token);
        browser.clickAndWaitForAjax(By.id("orgForm:saveButton"));
        assertTrue(
                browser.pageText().contains("Indiquez le motif"), "a correction needs a reason: " + browser.pageText());
        browser.type(By.id("orgForm:reason"), "Dénomination complète au Kbis");
        browser.clickAndWaitForPage(By.id("orgForm:saveButton"));
        assertTrue(browser.pageText().contains("Correction enregistrée."), browser.pageText());
        assertEquals(
                "Clinique des Tilleuls SAS " + token,
                browser.waitFor(By.id("orgForm:name")).getAttribute("value"));
    }

    private static String token() {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return t.toString();
    }

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
