package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The dossier screens, clicked through in headless Chromium. */
@ExtendWith(BrowserExtension.class)
class DossierBrowserIT extends RunningVigie {

    private static String status(Browser browser) {
        return browser.waitFor(By.id("status")).getAttribute("data-status");
    }

    private static void waitForStatus(Browser browser, String status) {
        browser.waitFor(By.cssSelector("#status[data-status='" + status + "']"));
    }

    /** Opens the act's dialog from the file's action bar. */
    private static void openAct(Browser browser, String act) {
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-act-" + act));
        // The dialog's form is replaced by the response: wait for this act's content, not an earlier one's.
        browser.waitFor(By.cssSelector("#actTitle[data-act='" + act + "']"));
        browser.waitForAjax();
        browser.waitFor(By.id("actForm:confirm"));
    }

    private static void confirm(Browser browser) {
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
    }

    private static void typeDate(Browser browser, String inputId, LocalDate date) {
        browser.type(By.id(inputId), date.toString());
        browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
    }

    private static int clocksIn(Browser browser, String status) {
        return browser.driver()
                .findElements(By.cssSelector(".vg-clock[data-status='" + status + "']"))
                .size();
    }

    @Test
    void anEhdsDossierGoesFromDraftToPermitThroughAnIncompleteRoundAndReachesTheRegister(Browser browser) {
        String siren = Dossiers.uniqueSiren();
        browser.loginAsDemo("instructor");
        browser.open("/dossiers/form.xhtml");
        browser.type(By.id("applicationForm:title"), "Cohorte insuffisance cardiaque " + siren);
        browser.type(By.id("applicationForm:organisationName"), "Institut " + siren);
        browser.type(By.id("applicationForm:siren"), "732829321");
        browser.clickAndWaitForAjax(By.id("applicationForm:save"));
        assertTrue(
                browser.text(By.id("applicationForm:sirenMessage")).contains("Luhn"),
                "the bad SIREN is shown on its field");

        browser.type(By.id("applicationForm:siren"), siren);
        browser.clickAndWaitForPage(By.id("applicationForm:save"));
        assertEquals("/dossiers/file.xhtml", browser.path());
        assertEquals("DRAFT", status(browser));

        browser.clickAndWaitForPage(By.id("fileForm:edit"));
        browser.clickAndWaitForAjax(By.id("applicationForm:submit"));
        assertTrue(
                browser.text(By.id("applicationForm:principalInvestigatorMessage"))
                                .length()
                        > 3,
                "submission names every missing answer");
        assertTrue(browser.text(By.id("applicationForm:declarationsMessage")).contains("54"));
        browser.type(By.id("applicationForm:principalInvestigator"), "Dr Jeanne Martin");
        browser.type(By.id("applicationForm:namedPersons"), "Jeanne Martin\nPaul Durand");
        browser.choose("applicationForm:purpose", "(e)");
        browser.type(
                By.id("applicationForm:purposeDescription"), "Suivre le parcours des patients après hospitalisation");
        for (var box :
                browser.driver().findElements(By.cssSelector("[id='applicationForm:declarations'] .ui-chkbox-box"))) {
            box.click();
        }
        browser.type(By.id("applicationForm:dataSources"), "SNDS, PMSI");
        browser.type(By.id("applicationForm:dataCategories"), "Séjours, remboursements");
        browser.driver()
                .findElement(By.cssSelector("[id='applicationForm:dataForm'] .ui-radiobutton-box"))
                .click();
        browser.type(By.id("applicationForm:dataFormJustification"), "Chaînage des séjours");
        browser.type(By.id("applicationForm:ethicsAssessment"), "Avis favorable du CER du 12 mars");
        browser.type(By.id("applicationForm:requestedMonths_input"), "24");
        browser.type(By.id("applicationForm:processingEnvironment"), "CASD");
        browser.clickAndWaitForPage(By.id("applicationForm:submit"));
        assertEquals("SUBMITTED", status(browser));
        String reference = browser.driver().getCurrentUrl().replaceAll(".*reference=", "");
        assertEquals(
                1,
                browser.driver().findElements(By.cssSelector(".vg-clock")).size(),
                "before completeness, only the instructor's check of it");
        assertEquals(1, clocksIn(browser, "RUNNING"), "the completeness check runs");

        openAct(browser, "incomplete");
        confirm(browser);
        assertTrue(browser.text(By.id("actForm:missingMessage")).length() > 3, "what is missing must be said");
        browser.type(By.id("actForm:missing"), "Protocole de recherche");
        confirm(browser);
        waitForStatus(browser, "INCOMPLETE");
        assertEquals(
                "false",
                browser.waitFor(By.id("progress")).getAttribute("data-started"),
                "the EHDS target has not started");
        assertEquals(1, clocksIn(browser, "RUNNING"), "only the applicant's 4 weeks run");

        browser.clickAndWaitForPage(By.id("fileForm:edit"));
        browser.clickAndWaitForPage(By.id("applicationForm:submit"));
        assertEquals("SUBMITTED", status(browser));
        openAct(browser, "complete");
        confirm(browser);
        waitForStatus(browser, "DECISION_PENDING");
        assertEquals("true", browser.waitFor(By.id("progress")).getAttribute("data-started"));
        assertTrue(
                browser.text(By.id("progressText")).contains("243")
                        || browser.text(By.id("progressText")).contains("8"),
                browser.text(By.id("progressText")));

        openAct(browser, "extendDecision");
        browser.type(By.id("actForm:reason"), "Appariement de trois bases à expertiser");
        confirm(browser);
        browser.waitFor(By.cssSelector("li[data-type='DECISION_EXTENDED']"));

        // Granted through the API here (same use case); the grant dialog itself, date picker included, is driven
        // in EhdsDossierToPermitBrowserIT (its typeDate: select and type over, since clear() is undone by the picker).
        Dossiers.act(
                reference,
                "grant",
                "\"expiresOn\":\"" + LocalDate.now().plusYears(2) + "\",\"conditions\":\"Aucune réidentification\"");
        browser.open("/dossiers/file.xhtml?reference=" + reference);
        waitForStatus(browser, "DATA_PREPARATION");
        assertTrue(browser.isPresent(By.id("fileForm:permitPdf")), "the permit PDF is linked");

        openAct(browser, "publish");
        confirm(browser);
        browser.waitFor(By.cssSelector("li[data-type='DECISION_PUBLISHED']"));

        browser.logout();
        browser.open("/public/register.xhtml");
        browser.type(By.id("registerForm:text"), reference);
        browser.clickAndWaitForAjax(By.id("registerForm:search"));
        browser.waitFor(
                By.cssSelector("li.vg-register-entry[data-reference='" + reference + "'][data-decision='GRANTED']"));
        assertTrue(!browser.pageText().contains("Jeanne Martin"), "no personal data in the register");
    }

    @Test
    void theNationalProcedureShowsATacitFavourableOpinion(Browser browser) throws SQLException {
        String ref = Dossiers.create("NATIONAL", true).getString("reference");
        Dossiers.act(ref, "complete", null);
        JsonArray clocks = Api.as("instructor")
                .get("dossiers/" + ref + "/clocks")
                .jsonStructure()
                .asJsonArray();
        JsonObject opinion = clocks.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("policyCode").equals("NATIONAL_COMMITTEE_OPINION"))
                .findFirst()
                .orElseThrow();
        Dossiers.expire(opinion.getJsonNumber("id").longValue());
        Dossiers.runClockJob();

        browser.loginAsDemo("instructor");
        browser.open("/dossiers/file.xhtml?reference=" + ref);
        waitForStatus(browser, "DECISION_PENDING");
        assertEquals("true", browser.waitFor(By.id("opinion")).getAttribute("data-tacit"));
        assertTrue(browser.text(By.id("opinion")).contains("TACITE"), browser.text(By.id("opinion")));
        assertTrue(browser.isPresent(By.cssSelector("li[data-type='TACIT_OPINION']")));
        assertTrue(
                browser.isPresent(By.cssSelector(".vg-clock[data-status='STOPPED']")),
                "the committee's clock is stopped");
    }

    @Test
    void theListPagesInSqlAndManagersSeeNoActions(Browser browser) {
        String ref = Dossiers.create("EHDS_DATA_REQUEST", true).getString("reference");
        browser.loginAsDemo("manager");
        browser.open("/dossiers/list.xhtml");
        browser.type(By.id("listForm:text"), ref);
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
        browser.waitFor(By.cssSelector("a.vg-dossier-link"));
        assertEquals(ref, browser.text(By.cssSelector("a.vg-dossier-link")));
        browser.clickAndWaitForPage(By.cssSelector("a.vg-dossier-link"));
        assertEquals("SUBMITTED", status(browser));
        assertEquals(
                0,
                browser.driver().findElements(By.cssSelector("button.vg-act")).size(),
                "a manager changes nothing");
        browser.open("/dossiers/form.xhtml");
        assertTrue(
                browser.pageText().contains("403")
                        || browser.pageText().toLowerCase().contains("accès")
                        || browser.pageText().toLowerCase().contains("access"),
                "the form is refused to managers");
    }
}
