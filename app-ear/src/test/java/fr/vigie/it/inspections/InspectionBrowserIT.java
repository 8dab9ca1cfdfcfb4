package fr.vigie.it.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/** The inspection screens, clicked through in headless Chromium by the head, the president and an inspector. */
@ExtendWith(BrowserExtension.class)
class InspectionBrowserIT extends RunningVigie {
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static String status(Browser browser) {
        return browser.waitFor(By.id("header")).getAttribute("data-status");
    }

    private static void openFile(Browser browser, String reference) {
        browser.open("/inspections/file.xhtml?reference=" + reference);
        browser.waitFor(By.id("header"));
    }

    private static void dialogAct(Browser browser, String button, String form) {
        browser.clickAndWaitForAjax(By.id("fileForm:" + button));
        browser.waitFor(By.id(form + ":save"));
    }

    private static void awaitStatus(Browser browser, String expected) {
        browser.waitFor(By.cssSelector("#header[data-status='" + expected + "']"));
    }

    /** Keeps a picture of a screen for people reviewing the change (app-ear/target/screenshots). */
    private static void screenshot(Browser browser, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) browser.driver())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.copy(shot, dir.resolve("inspections-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("[browser] no screenshot " + name + ": " + e);
        }
    }

    /** Types a date as a person does: select what the picker's input holds, type over it, leave the field. */
    private static void typeDate(Browser browser, String pickerId, LocalDate date, By elsewhere) {
        WebElement input = browser.waitFor(By.id(pickerId + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(PICKER.format(date));
        input.sendKeys(Keys.TAB);
        assertEquals(PICKER.format(date), input.getAttribute("value"), "the date picker took the typed date");
        browser.driver().findElement(elsewhere).click();
    }

    @Test
    void fromTheProgrammeToAFormalNoticeProposed(Browser browser) throws IOException {
        String siren = Inspections.uniqueSiren();
        String organisation = "Jeux Vidéo " + siren;

        // The head plans an inspection from the programme page.
        browser.loginAsDemo("head");
        browser.open("/inspections/programme.xhtml");
        browser.waitFor(By.id("boardTable"));
        assertTrue(browser.isPresent(By.cssSelector("#board canvas")), "the board has its chart");
        screenshot(browser, "programme");
        browser.clickAndWaitForPage(By.id("yearForm:planInspection"));
        browser.type(By.id("newForm:organisationName"), organisation);
        browser.type(By.id("newForm:organisationNumber"), siren);
        browser.choose("newForm:theme", "Mineurs");
        browser.type(By.id("newForm:subject"), "Vérification de l'âge et consentement parental");
        browser.clickAndWaitForPage(By.id("newForm:create"));
        assertEquals("/inspections/file.xhtml", browser.path());
        assertEquals("PLANNED", status(browser));
        String reference = browser.url().replaceAll(".*reference=([A-Z0-9-]+).*", "$1");

        dialogAct(browser, "prepare", "prepareForm");
        browser.type(By.id("prepareForm:lead"), "inspector");
        browser.type(By.id("prepareForm:members"), "paul.inspecteur");
        browser.type(By.id("prepareForm:place"), "Siège, 10 rue de la Paix, Paris");
        browser.clickAndWaitForAjax(By.id("prepareForm:save"));
        awaitStatus(browser, "PREPARED");
        assertEquals("Inès Bernard (contrôles)", browser.text(By.id("lead")), "people by their name");
        assertFalse(browser.isPresent(By.id("fileForm:sign")), "the head does not sign");
        browser.logout();

        // The president finds the mission order on her home page and signs it.
        browser.loginAsDemo("president");
        browser.waitFor(By.cssSelector("#missionOrdersToSign li[data-reference='" + reference + "']"));
        screenshot(browser, "home-president");
        openFile(browser, reference);
        browser.clickAndWaitForAjax(By.id("fileForm:sign"));
        browser.waitFor(By.cssSelector("#missionOrder[data-signed='true'] a"));
        browser.logout();

        // The inspector conducts, writes the minutes with a finding and evidence, and notifies them.
        browser.loginAsDemo("inspector");
        browser.waitFor(By.cssSelector("#myInspections li[data-reference='" + reference + "']"));
        screenshot(browser, "home-inspector");
        openFile(browser, reference);
        dialogAct(browser, "conduct", "conductForm");
        browser.clickAndWaitForAjax(By.id("conductForm:save"));
        awaitStatus(browser, "CONDUCTED");

        dialogAct(browser, "minutes", "minutesForm");
        browser.type(By.id("minutesForm:peopleMet"), "Le DPO, la directrice produit");
        browser.type(
                By.id("minutesForm:minutesText"),
                "Démonstration du parcours d'inscription ; aucune vérification d'âge.");
        browser.clickAndWaitForAjax(By.id("minutesForm:save"));
        browser.waitFor(By.id("minutesText"));

        dialogAct(browser, "addFinding", "findingForm");
        browser.clickAndWaitForAjax(By.id("findingForm:save"));
        assertFalse(
                browser.text(By.id("findingForm:articleMessage")).isBlank(),
                "the article is required, said on its field");
        browser.choose("findingForm:article", "RGPD art. 8");
        browser.choose("findingForm:severity", "Grave");
        browser.type(By.id("findingForm:description"), "Inscription des moins de 15 ans sans accord parental");
        browser.clickAndWaitForAjax(By.id("findingForm:save"));
        browser.waitFor(By.cssSelector("#findings li[data-article='RGPD art. 8'][data-severity='SERIOUS']"));
        screenshot(browser, "file-findings");

        browser.clickAndWaitForAjax(By.id("fileForm:notify"));
        browser.clickAndWaitForAjax(By.id("fileForm:confirmYes"));
        awaitStatus(browser, "MINUTES_NOTIFIED");
        assertTrue(browser.text(By.id("minutesHash")).contains("SHA-256"), "the fingerprint is shown");
        assertFalse(browser.isPresent(By.id("fileForm:minutes")), "notified minutes are locked");

        Path dir = Files.createTempDirectory("observations");
        Path pdf = dir.resolve("observations-organisme.pdf");
        Files.write(
                pdf,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        try {
            dialogAct(browser, "observations", "observationsForm");
            browser.driver()
                    .findElement(By.cssSelector("input[type='file'][id^='observationsForm:file']"))
                    .sendKeys(pdf.toString());
            browser.clickAndWaitForAjax(By.id("observationsForm:save"));
            awaitStatus(browser, "OBSERVATIONS_CLOSED");
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
        assertFalse(browser.isPresent(By.id("fileForm:close")), "an inspector does not close");
        browser.logout();

        // The head finds it to close on his home page and proposes a formal notice.
        browser.loginAsDemo("head");
        browser.waitFor(By.cssSelector("#toClose li[data-reference='" + reference + "']"));
        screenshot(browser, "home-head");
        openFile(browser, reference);
        dialogAct(browser, "close", "closeForm");
        browser.choose("closeForm:outcome", "Mise en demeure proposée");
        browser.type(By.id("closeForm:reason"), "Absence persistante de contrôle de l'âge");
        browser.clickAndWaitForAjax(By.id("closeForm:save"));
        awaitStatus(browser, "CLOSED");
        screenshot(browser, "file-closed");
        assertTrue(browser.text(By.id("outcome")).contains("Mise en demeure proposée"));
    }

    @Test
    void aBreachNotificationHasItsOwnForm(Browser browser) {
        String siren = Inspections.uniqueSiren();
        LocalDate today = Inspections.TODAY;
        browser.loginAsDemo("head");
        browser.open("/inspections/breach.xhtml");
        By title = By.cssSelector("label[for='newForm:subject']");
        browser.type(By.id("newForm:organisationName"), "Clinique " + siren);
        browser.type(By.id("newForm:organisationNumber"), siren);
        browser.choose("newForm:theme", "Cybersécurité");
        typeDate(browser, "newForm:breachKnownOn", today.minusDays(2), title);
        typeDate(browser, "newForm:breachNotifiedOn", today.minusDays(5), title);
        browser.type(By.id("newForm:breachPeopleAffected_input"), "1200");
        browser.type(By.id("newForm:breachDataCategories"), "Données de santé, coordonnées");
        browser.type(By.id("newForm:subject"), "Rançongiciel sur le dossier patient informatisé");
        browser.clickAndWaitForAjax(By.id("newForm:create"));
        String error = browser.text(By.id("newForm:breachNotifiedOnMessage"));
        assertTrue(error.contains("précéder"), error);
        screenshot(browser, "breach-refused");
        typeDate(browser, "newForm:breachNotifiedOn", today.minusDays(1), title);
        browser.clickAndWaitForPage(By.id("newForm:create"));
        assertEquals("/inspections/file.xhtml", browser.path());
        assertTrue(browser.text(By.id("origin")).contains("Violation notifiée"));
        assertTrue(browser.text(By.id("breach")).contains("1200"), browser.text(By.id("breach")));
    }

    @Test
    void theListFiltersAndAManagerOnlyReads(Browser browser) {
        String siren = Inspections.uniqueSiren();
        JsonObject planned = Inspections.open(siren);
        JsonObject signed = Inspections.signed(siren);
        browser.loginAsDemo("manager");
        browser.open("/inspections/list.xhtml");
        assertFalse(browser.isPresent(By.id("listForm:newInspection")), "a manager opens nothing");
        browser.type(By.id("listForm:organisation"), siren);
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
        browser.waitFor(By.cssSelector("a.vg-inspection-link"));
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("#listForm\\:inspections a.vg-inspection-link"))
                        .size());
        browser.choose("listForm:status", "Préparé");
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
        browser.waitForText(By.id("listForm:inspections"), signed.getString("reference"));
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("#listForm\\:inspections a.vg-inspection-link"))
                        .size());
        assertFalse(browser.pageText().contains(planned.getString("reference")));
        screenshot(browser, "list");

        String name = "Préparés " + siren;
        browser.type(By.id("listForm:filterName"), name);
        browser.clickAndWaitForAjax(By.id("listForm:saveFilter"));
        browser.waitForText(By.id("listForm:listMessages"), "Filtre enregistré");
        assertTrue(
                browser.driver().findElements(By.cssSelector("[id='listForm:savedFilter_input'] option")).stream()
                        .anyMatch(o -> name.equals(o.getAttribute("textContent").strip())),
                "the filter is offered under its name");

        openFile(browser, signed.getString("reference"));
        assertFalse(browser.isPresent(By.cssSelector("#actions button")), "no button for a reader");
        browser.open("/inspections/new.xhtml");
        assertTrue(browser.pageText().contains("403") || browser.path().startsWith("/error/"), browser.pageText());
    }

    @Test
    void theHeadSeesCandidateOrganisationsWithTheReasonsOfTheirScores(Browser browser) {
        String siren = Inspections.uniqueSiren();
        Api.Reply breach = Api.as("head")
                .postJson(
                        "inspections",
                        "{\"origin\":\"BREACH_NOTIFICATION\",\"type\":\"DOCUMENTS\","
                                + "\"theme\":\"CYBERSECURITY\",\"organisationName\":\"Laboratoire " + siren
                                + "\",\"organisationNumber\":\""
                                + siren
                                + "\",\"sensitiveData\":true,\"minors\":true,\"subject\":\"Fuite de résultats d'analyses\","
                                + "\"breachKnownOn\":\"" + Inspections.TODAY.minusDays(2) + "\",\"breachNotifiedOn\":\""
                                + Inspections.TODAY
                                + "\",\"breachPeopleAffected\":90000,\"breachDataCategories\":\"santé\"}");
        assertEquals(201, breach.status(), breach.toString());
        browser.loginAsDemo("head");
        browser.open("/inspections/risk.xhtml");
        WebElement row = browser.waitFor(By.cssSelector(".vg-risk-organisation[data-siren='" + siren + "']"))
                .findElement(By.xpath("ancestor::tr"));
        String reasons = row.findElement(By.cssSelector(".vg-risk-reasons")).getText();
        assertTrue(
                reasons.contains("violation(s) notifiée(s)")
                        && reasons.contains("données sensibles")
                        && reasons.contains("mineurs"),
                reasons);
        assertEquals(
                "15", row.findElement(By.cssSelector(".vg-risk-score")).getText(), "5 + 5 + 5 by the default weights");
        screenshot(browser, "risk");
        browser.logout();
        browser.loginAsDemo("inspector");
        browser.open("/inspections/risk.xhtml");
        assertTrue(browser.pageText().contains("403") || browser.path().startsWith("/error/"), browser.pageText());
    }

    @Test
    void aSecondEditorIsToldOfTheConflictAndKeepsWhatWasTyped(Browser browser) {
        JsonObject i = Inspections.open(Inspections.uniqueSiren());
        String ref = i.getString("reference");
        browser.loginAsDemo("head");
        openFile(browser, ref);
        dialogAct(browser, "prepare", "prepareForm");
        browser.type(By.id("prepareForm:lead"), "inspector");
        browser.type(By.id("prepareForm:place"), "Locaux de Lyon");

        Api.Reply meanwhile = Api.as("head")
                .postJson("inspections/" + ref + "/prepare", Inspections.prepareJson(i.getInt("version"), "inspector"));
        assertEquals(200, meanwhile.status(), meanwhile.toString());

        browser.clickAndWaitForAjax(By.id("prepareForm:save"));
        assertTrue(browser.pageText().contains("modifié"), "the conflict is explained");
        assertEquals(
                "Locaux de Lyon",
                browser.driver().findElement(By.id("prepareForm:place")).getAttribute("value"),
                "nothing typed is lost");
    }

    private static boolean refused(Browser browser) {
        return browser.pageText().contains("403") || browser.path().startsWith("/error/");
    }

    @Test
    void aRoleThatMayNotActGetsNoButtonAndA403OnTheUrl(Browser browser) {
        JsonObject planned = Inspections.open(Inspections.uniqueSiren());
        String ref = planned.getString("reference");

        // The inspector reads the programme and the file of a planned inspection, but plans and prepares nothing.
        browser.loginAsDemo("inspector");
        browser.open("/inspections/programme.xhtml");
        browser.waitFor(By.id("boardTable"));
        assertFalse(browser.isPresent(By.id("yearForm:planInspection")), "an inspector plans nothing");
        assertFalse(browser.isPresent(By.id("targetsForm:saveTargets")), "an inspector sets no target");
        openFile(browser, ref);
        assertFalse(browser.isPresent(By.id("fileForm:prepare")), "an inspector does not prepare");
        assertFalse(
                browser.isPresent(By.cssSelector("#actions button")),
                "no act for the inspector on a planned inspection");
        for (String page :
                new String[] {"/inspections/new.xhtml", "/inspections/breach.xhtml", "/inspections/risk.xhtml"}) {
            browser.open(page);
            assertTrue(refused(browser), page + ": " + browser.pageText());
        }
        assertEquals(
                403,
                Api.as("inspector")
                        .postJson(
                                "inspections/" + ref + "/prepare",
                                Inspections.prepareJson(planned.getInt("version"), "inspector"))
                        .status(),
                "the act's URL refuses the inspector too");
        browser.open("/index.xhtml"); // the error page has no top bar to log out from
        browser.logout();

        // The president signs mission orders, and prepares nothing either.
        browser.loginAsDemo("president");
        openFile(browser, ref);
        assertFalse(
                browser.isPresent(By.cssSelector("#actions button")),
                "no act for the president on a planned inspection");
        browser.open("/inspections/new.xhtml");
        assertTrue(refused(browser), browser.pageText());
        browser.open("/index.xhtml");
        browser.logout();

        // A complaint handler has no business in the inspections pages.
        browser.loginAsDemo("handler");
        browser.open("/inspections/file.xhtml?reference=" + ref);
        assertTrue(refused(browser), browser.pageText());
        assertEquals("PLANNED", Inspections.get(ref).getString("status"), "nothing changed");
    }

    @Test
    void twoPeopleOnTheSameInspectionTheSecondIsToldAndLosesNothing(Browser browser) {
        JsonObject i = Inspections.open(Inspections.uniqueSiren());
        String ref = i.getString("reference");
        i = Inspections.act("head", ref, "prepare", Inspections.prepareJson(i.getInt("version"), "inspector"));

        // The head reopens the preparation to move the visit, and types.
        browser.loginAsDemo("head");
        openFile(browser, ref);
        dialogAct(browser, "prepare", "prepareForm");
        browser.type(By.id("prepareForm:place"), "Établissement de Bordeaux");

        // Meanwhile the president signs the mission order as it stood (through the API: the browser
        // support gives one Chromium per test, and the server sees another person's act either way).
        Api.Reply signed = Api.as("president")
                .postJson("inspections/" + ref + "/sign-mission-order", "{\"version\":" + i.getInt("version") + "}");
        assertEquals(200, signed.status(), signed.toString());

        // The head saves: refused, told why, and what he typed is still there.
        browser.clickAndWaitForAjax(By.id("prepareForm:save"));
        assertTrue(browser.pageText().contains("modifié"), "the conflict is explained: " + browser.pageText());
        assertEquals(
                "Établissement de Bordeaux",
                browser.driver().findElement(By.id("prepareForm:place")).getAttribute("value"),
                "nothing typed is lost");
        assertEquals(
                "Siège social, Paris",
                Inspections.get(ref).getJsonObject("missionOrder").getString("place"),
                "the signed order was not overwritten");
        screenshot(browser, "conflict-two-people");
    }

    @Test
    void aComplaintReferredToInspectionShowsItsInspectionAndBack(Browser browser) {
        String complaint = Inspections.referredComplaint(Inspections.uniqueSiren());
        String inspection = ((jakarta.json.JsonString) Api.as("head")
                        .get("inspections/from?origin=complaints:" + complaint)
                        .jsonStructure()
                        .asJsonArray()
                        .get(0))
                .getString();

        browser.loginAsDemo("handler");
        browser.open("/complaints/file.xhtml?reference=" + complaint);
        WebElement linked = browser.waitFor(
                By.cssSelector("#fileForm li.vg-linked-case[data-case='inspections:" + inspection + "']"));
        assertTrue(linked.getText().contains("Contrôle " + inspection), linked.getText());
        assertTrue(linked.getText().contains("Programmé"), linked.getText());
        browser.logout();

        // A manager reads both areas (the head of inspections has no access to complaints): both ways.
        browser.loginAsDemo("manager");
        browser.open("/complaints/file.xhtml?reference=" + complaint);
        browser.clickAndWaitForPage(By.cssSelector("li.vg-linked-case a.vg-linked-case-link"));
        assertEquals("/inspections/file.xhtml", browser.path());
        assertTrue(browser.text(By.id("origin")).contains(complaint), browser.text(By.id("origin")));
        browser.clickAndWaitForPage(By.id("fileForm:originComplaint"));
        assertEquals("/complaints/file.xhtml", browser.path());
    }

    @Test
    void theProgrammePageOffersTheProgressReport(Browser browser) {
        browser.loginAsDemo("manager");
        browser.open("/inspections/programme.xhtml");
        browser.waitFor(By.id("boardTable"));
        for (String format : new String[] {"Csv", "Xlsx", "Pdf"}) {
            assertTrue(browser.isPresent(By.id("progressForm:progress" + format)), format);
        }
    }
}
