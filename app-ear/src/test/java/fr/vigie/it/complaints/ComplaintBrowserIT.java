package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The complaint screens, clicked through in headless Chromium. */
@ExtendWith(BrowserExtension.class)
class ComplaintBrowserIT extends RunningVigie {
    private static final String FACTS =
            "La mutuelle a envoyé mon dossier médical complet à un autre adhérent par erreur.";

    private static String status(Browser browser) {
        return browser.waitFor(By.id("header")).getAttribute("data-status");
    }

    private static void openFile(Browser browser, String reference) {
        browser.open("/complaints/file.xhtml?reference=" + reference);
        browser.waitFor(By.id("header"));
    }

    private static void dialogAct(Browser browser, String button, String form) {
        browser.clickAndWaitForAjax(By.id("fileForm:" + button));
        browser.waitFor(By.id(form + ":save"));
    }

    @Test
    void intakeShowsFieldErrorsThenSaves(Browser browser) {
        browser.loginAsDemo("handler");
        browser.open("/complaints/intake.xhtml");
        browser.type(By.id("intakeForm:complainantName"), "Jeanne Dupont");
        browser.type(By.id("intakeForm:complainantEmail"), "jeanne.dupont@example.fr");
        browser.type(By.id("intakeForm:organisationName"), "Mutuelle Exemple");
        browser.type(By.id("intakeForm:organisationIdentifier"), "732829321");
        browser.type(By.id("intakeForm:facts"), FACTS);
        // the first category is "health data"
        browser.driver()
                .findElement(By.cssSelector("[id='intakeForm:categories'] .ui-chkbox-box"))
                .click();
        browser.clickAndWaitForAjax(By.id("intakeForm:save"));
        String error = browser.text(By.id("intakeForm:organisationIdentifierMessage"));
        assertTrue(error.contains("Luhn"), error);
        assertEquals("/complaints/intake.xhtml", browser.path(), "still on the form, nothing lost");
        assertEquals(
                "Jeanne Dupont",
                browser.driver()
                        .findElement(By.id("intakeForm:complainantName"))
                        .getAttribute("value"));

        browser.type(By.id("intakeForm:organisationIdentifier"), Complaints.uniqueSiren());
        browser.clickAndWaitForPage(By.id("intakeForm:save"));
        assertEquals("/complaints/file.xhtml", browser.path());
        assertEquals("RECEIVED", status(browser));
        assertTrue(browser.pageText().contains("Données de santé (art. 9 RGPD)"), "the priority says why");
    }

    @Test
    void qualifyAssignInformAndCloseWithALetter(Browser browser) {
        String ref = Complaints.create(Complaints.uniqueSiren(), FACTS).getString("reference");
        browser.loginAsDemo("handler");
        openFile(browser, ref);

        browser.clickAndWaitForAjax(By.id("fileForm:acknowledge"));
        browser.waitFor(By.cssSelector("#header[data-status='ACKNOWLEDGED']"));

        dialogAct(browser, "qualify", "qualifyForm");
        browser.clickAndWaitForAjax(By.id("qualifyForm:save"));
        assertFalse(browser.text(By.id("qualifyForm:reasonMessage")).isBlank(), "a reason is required");
        browser.type(By.id("qualifyForm:reason"), "Recevable, compétence nationale");
        browser.clickAndWaitForAjax(By.id("qualifyForm:save"));
        browser.waitFor(By.cssSelector("#header[data-status='QUALIFIED']"));

        dialogAct(browser, "assign", "assignForm");
        assertTrue(
                browser.text(By.id("assignForm:assignee")).contains("en cours")
                        || browser.pageText().contains("en cours"),
                "the workload is shown");
        browser.choose("assignForm:assignee", "Camille Martin");
        browser.type(By.id("assignForm:reason"), "Portefeuille santé");
        browser.clickAndWaitForAjax(By.id("assignForm:save"));
        browser.waitFor(By.cssSelector("#header[data-status='ASSIGNED']"));
        assertEquals("Camille Martin (plaintes)", browser.text(By.id("assignee")), "people by their name");

        dialogAct(browser, "inform", "informForm");
        browser.type(By.id("informForm:summary"), "Nous avons saisi la mutuelle et reviendrons vers vous.");
        browser.clickAndWaitForAjax(By.id("informForm:save"));
        browser.waitFor(By.cssSelector("#letters li[data-type='INFORMATION_OF_PROGRESS']"));
        openFile(browser, ref);
        assertEquals(
                2,
                browser
                        .driver()
                        .findElements(By.cssSelector(".vg-clock[data-status='MET'], .vg-clock[data-status='RUNNING']"))
                        .stream()
                        .filter(e -> e.getText().contains("78(2)"))
                        .count(),
                "the Art. 78(2) clock was met and restarted");

        dialogAct(browser, "close", "closeForm");
        browser.choose("closeForm:outcome", "Régularisée après intervention");
        browser.type(By.id("closeForm:reason"), "La mutuelle a corrigé sa procédure d'envoi");
        browser.clickAndWaitForAjax(By.id("closeForm:save"));
        browser.waitFor(By.cssSelector("#header[data-status='CLOSED']"));
        assertTrue(
                browser.isPresent(By.cssSelector("#letters li[data-type='CLOSURE'] a.vg-letter-pdf")),
                "the closure letter is a PDF of the file");
    }

    @Test
    void linkingTwoRelatedComplaints(Browser browser) {
        String siren = Complaints.uniqueSiren();
        String first = Complaints.create(siren, FACTS).getString("reference");
        String second = Complaints.create(siren, "La mutuelle a aussi communiqué mes remboursements à mon employeur.")
                .getString("reference");
        browser.loginAsDemo("handler");
        openFile(browser, second);
        By suggestion = By.cssSelector("li.vg-link[data-other='" + first + "']");
        assertEquals("SUGGESTED", browser.waitFor(suggestion).getAttribute("data-status"));
        browser.clickAndWaitForAjax(By.cssSelector("li.vg-link[data-other='" + first + "'] .vg-confirm-link"));
        browser.waitFor(By.cssSelector("li.vg-link[data-other='" + first + "'][data-status='CONFIRMED']"));
        assertEquals(first, browser.text(By.id("campaign")));
    }

    @Test
    void aManagerGetsNoButtonAndNoIntakePage(Browser browser) {
        String ref = Complaints.create(Complaints.uniqueSiren(), FACTS).getString("reference");
        browser.loginAsDemo("manager");
        openFile(browser, ref);
        assertFalse(browser.isPresent(By.id("fileForm:acknowledge")));
        assertFalse(browser.isPresent(By.id("fileForm:close")));
        browser.open("/complaints/intake.xhtml");
        assertTrue(browser.pageText().contains("403") || browser.path().startsWith("/error/"), browser.pageText());
        browser.open("/complaints/list.xhtml");
        assertFalse(browser.isPresent(By.id("listForm:newComplaint")));
    }

    @Test
    void aConcurrentChangeIsAConflictAndTheTextIsKept(Browser browser) {
        JsonObject c = Complaints.create(Complaints.uniqueSiren(), FACTS);
        String ref = c.getString("reference");
        c = Complaints.act(ref, "acknowledge", "{\"version\":" + c.getInt("version") + "}");
        browser.loginAsDemo("handler");
        openFile(browser, ref);
        dialogAct(browser, "qualify", "qualifyForm");
        browser.type(By.id("qualifyForm:reason"), "Qualification décidée sur une version périmée");

        Api.Reply meanwhile = Api.as("handler")
                .postJson(
                        "complaints/" + ref + "/priority",
                        "{\"version\":" + c.getInt("version")
                                + ",\"priority\":\"HIGH\",\"reason\":\"Données de santé d'un tiers\"}");
        assertEquals(200, meanwhile.status(), meanwhile.toString());

        browser.clickAndWaitForAjax(By.id("qualifyForm:save"));
        assertTrue(browser.pageText().contains("modifié"), "the conflict is explained");
        assertEquals(
                "Qualification décidée sur une version périmée",
                browser.driver().findElement(By.id("qualifyForm:reason")).getAttribute("value"),
                "nothing typed is lost");
        assertEquals("ACKNOWLEDGED", Complaints.get(ref).getString("status"), "nothing was saved");
    }

    @Test
    void theWorkListFiltersInTheDatabase(Browser browser) {
        String siren = Complaints.uniqueSiren();
        String ref = Complaints.create(siren, FACTS).getString("reference");
        browser.loginAsDemo("manager");
        browser.open("/complaints/list.xhtml");
        browser.type(By.id("listForm:organisation"), siren);
        browser.clickAndWaitForAjax(By.id("listForm:apply"));
        browser.waitForText(By.id("listForm:complaints"), ref);
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("#listForm\\:complaints a.vg-complaint-link"))
                        .size());
    }
}
