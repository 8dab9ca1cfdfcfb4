package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import fr.vigie.it.committee.Committee;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 5's whole path in headless Chromium, each person signing in in turn: a committee member
 * declares an interest in the applicant; the instructor writes an EHDS access application, declares
 * it incomplete (no decision clock yet), then complete (the clocks start and the committee is
 * consulted); the secretary puts it on a session's agenda, convenes and opens the session; the
 * recused member is refused its vote page; two members and the chair vote to a tie that the chair
 * settles; the secretary adopts the opinion; the instructor sees it on the dossier, extends the
 * decision period with a reason, grants the permit through the grant dialog (its date picker typed
 * into, as a person does), publishes the decision; the public register shows it without login.
 */
@ExtendWith(BrowserExtension.class)
class EhdsDossierToPermitBrowserIT extends RunningVigie {

    private static void waitForStatus(Browser browser, String status) {
        browser.waitFor(By.cssSelector("#status[data-status='" + status + "']"));
    }

    private static void openAct(Browser browser, String act) {
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-act-" + act));
        browser.waitFor(By.cssSelector("#actTitle[data-act='" + act + "']"));
        browser.waitForAjax();
        browser.waitFor(By.id("actForm:confirm"));
    }

    private static void confirm(Browser browser) {
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
    }

    private static void member(Browser browser, String username) {
        browser.login(username, Committee.PASSWORD);
        browser.waitFor(Browser.LOGOUT);
    }

    private static void chooseRadio(Browser browser, String groupId, int index) {
        List<WebElement> boxes =
                browser.driver().findElements(By.cssSelector("[id='" + groupId + "'] .ui-radiobutton-box"));
        boxes.get(index).click();
    }

    private static void vote(Browser browser, String username, long review, int choice, String remarks) {
        member(browser, username);
        browser.open("/committee/review.xhtml?id=" + review);
        browser.waitFor(By.id("voteForm:vote"));
        chooseRadio(browser, "voteForm:choice", choice);
        if (remarks != null) {
            browser.type(By.id("voteForm:remarks"), remarks);
        }
        browser.clickAndWaitForAjax(By.id("voteForm:vote"));
        browser.waitFor(By.cssSelector("#reviewForm\\:votes [data-choice]"));
        browser.logout();
    }

    /**
     * Types a date into the picker's text input as a person does: select what is there, type over it.
     * Not {@code WebElement.clear()}: the PrimeFaces date picker puts its last parsed date back into
     * the input, so a "cleared" input received the new date after the old one ("2036-11-232028-11-22"),
     * which the converter refused — why the grant could not be typed headless before.
     */
    static void typeDate(Browser browser, String pickerId, LocalDate date) {
        WebElement input = browser.waitFor(By.id(pickerId + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(date.toString());
        // Leaving the field by clicking the dialog's title: the calendar is not opened by the focus.
        browser.driver().findElement(By.id("actTitle")).click();
    }

    @Test
    void anEhdsApplicationGoesThroughTheCommitteeToAPermitAndTheRegister(Browser browser) {
        String siren = Dossiers.uniqueSiren();
        String organisation = "Institut Parcours " + siren;
        String recused = Committee.member("recus", "DAC_MEMBER");
        String bruno = Committee.member("bruno", "DAC_MEMBER");
        String chloe = Committee.member("chloe", "DAC_MEMBER");
        String chair = Committee.member("presid", "DAC_CHAIR");

        // A member declares an interest in the applicant, on the declarations page.
        member(browser, recused);
        browser.open("/committee/interests.xhtml");
        browser.type(By.id("declareForm:organisationName"), organisation);
        browser.type(By.id("declareForm:siren"), siren);
        browser.type(By.id("declareForm:nature"), "Conseil scientifique rémunéré");
        browser.clickAndWaitForAjax(By.id("declareForm:declare"));
        browser.waitForText(By.id("listForm:interests"), siren);
        browser.logout();

        // The instructor writes the application and submits it.
        browser.loginAsDemo("instructor");
        browser.open("/dossiers/form.xhtml");
        browser.type(By.id("applicationForm:title"), "Parcours après infarctus " + siren);
        browser.type(By.id("applicationForm:organisationName"), organisation);
        browser.type(By.id("applicationForm:siren"), siren);
        browser.type(By.id("applicationForm:principalInvestigator"), "Dr Jeanne Martin");
        browser.type(By.id("applicationForm:namedPersons"), "Jeanne Martin\nPaul Durand");
        browser.choose("applicationForm:purpose", "(e)");
        browser.type(By.id("applicationForm:purposeDescription"), "Suivre le parcours des patients après un infarctus");
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
        browser.type(By.id("applicationForm:ethicsAssessment"), "Avis favorable du CER");
        browser.type(By.id("applicationForm:requestedMonths_input"), "24");
        browser.type(By.id("applicationForm:processingEnvironment"), "CASD");
        browser.clickAndWaitForPage(By.id("applicationForm:submit"));
        waitForStatus(browser, "SUBMITTED");
        String reference = browser.driver().getCurrentUrl().replaceAll(".*reference=", "");

        // Incomplete: only the applicant's 4 weeks run, the decision clock has not started.
        openAct(browser, "incomplete");
        browser.type(By.id("actForm:missing"), "Protocole de recherche");
        confirm(browser);
        waitForStatus(browser, "INCOMPLETE");
        assertEquals("false", browser.waitFor(By.id("progress")).getAttribute("data-started"));
        assertEquals(0, clocks(reference, "EHDS_ART_68_4_PERMIT_DECISION"), "no decision clock while incomplete");

        // Completed by the applicant, declared complete: the decision clock starts and the committee is consulted.
        browser.clickAndWaitForPage(By.id("fileForm:edit"));
        browser.clickAndWaitForPage(By.id("applicationForm:submit"));
        waitForStatus(browser, "SUBMITTED");
        openAct(browser, "complete");
        confirm(browser);
        waitForStatus(browser, "DECISION_PENDING");
        assertEquals("true", browser.waitFor(By.id("progress")).getAttribute("data-started"));
        assertEquals(1, clocks(reference, "EHDS_ART_68_4_PERMIT_DECISION"), "the decision clock started");
        browser.logout();

        // The secretary builds the agenda (the dossier is among those referred), convenes the members and opens the
        // session with them present.
        Api.Reply planned = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions",
                        "{\"date\":\"" + Committee.today() + "\",\"title\":\"Séance EHDS de bout en bout\"}");
        assertEquals(201, planned.status(), planned.toString());
        long session = planned.json().getJsonNumber("id").longValue();
        browser.loginAsDemo("dacsecretary");
        browser.open("/committee/session.xhtml?id=" + session);
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-add-" + reference));
        browser.clickAndWaitForAjax(By.id("agendaForm:saveAgenda"));
        browser.waitFor(By.id("agendaForm:convene"));
        browser.clickAndWaitForAjax(By.id("agendaForm:convene"));
        browser.waitFor(By.cssSelector("#header[data-status='CONVENED']"));
        for (String m : List.of(recused, bruno, chloe, chair)) {
            browser.driver()
                    .findElement(By.xpath("//*[@id='attendanceForm:attendees']//label[contains(., '"
                            + m.substring(m.length() - 4) + "')]"))
                    .click();
        }
        browser.clickAndWaitForAjax(By.id("attendanceForm:open"));
        browser.waitFor(By.cssSelector("#header[data-status='IN_PROGRESS']"));
        browser.logout();
        JsonObject onAgenda = Api.as("dacsecretary")
                .get("committee/sessions/" + session)
                .json()
                .getJsonArray("agenda")
                .getJsonObject(0);
        long review = onAgenda.getJsonNumber("reviewId").longValue();

        // The member with an interest in the applicant is recused: no vote page.
        member(browser, recused);
        browser.open("/committee/review.xhtml?id=" + review);
        assertTrue(browser.isVisible(By.id("error403")), "the recused member gets the 403 page");
        browser.open("/index.xhtml");
        browser.logout();

        // Favourable, unfavourable with reasons, the chair abstains: a tie, which the chair settles.
        vote(browser, bruno, review, 0, null);
        vote(browser, chloe, review, 2, "Risque de réidentification des petits effectifs");
        vote(browser, chair, review, 3, null);
        member(browser, chair);
        browser.open("/committee/review.xhtml?id=" + review);
        browser.waitFor(By.id("reviewForm:tie"));
        chooseRadio(browser, "castingForm:kind", 0);
        browser.type(By.id("castingForm:reason"), "Voix prépondérante du président : garanties suffisantes");
        browser.clickAndWaitForAjax(By.id("castingForm:cast"));
        browser.waitFor(By.id("reviewForm:castingGiven"));
        browser.logout();

        // The secretary adopts the committee's opinion.
        browser.loginAsDemo("dacsecretary");
        browser.open("/committee/review.xhtml?id=" + review);
        browser.type(
                By.id("adoptForm:reasoning"),
                "Intérêt public établi ; environnement sécurisé ; petits effectifs masqués.");
        browser.clickAndWaitForAjax(By.id("adoptForm:adopt"));
        browser.waitFor(By.cssSelector("#opinionKind[data-kind='FAVOURABLE']"));
        assertTrue(browser.text(By.id("recusals")).contains(siren), "the recusal is on the review");
        browser.logout();

        // The instructor sees the opinion, extends the decision period with a reason, grants through the dialog.
        browser.loginAsDemo("instructor");
        browser.open("/dossiers/file.xhtml?reference=" + reference);
        browser.waitFor(By.cssSelector("#opinion[data-kind='FAVOURABLE'][data-tacit='false']"));
        openAct(browser, "extendDecision");
        browser.type(By.id("actForm:reason"), "Appariement de trois bases à expertiser");
        confirm(browser);
        browser.waitFor(By.cssSelector("li[data-type='DECISION_EXTENDED']"));

        openAct(browser, "grant");
        typeDate(browser, "actForm:expiresOn", LocalDate.now().plusYears(10).plusDays(1));
        browser.type(By.id("actForm:conditions"), "Aucune réidentification ; résultats agrégés seulement");
        confirm(browser);
        String tooLong = browser.text(By.id("actForm:expiresOnMessage"));
        assertTrue(
                tooLong.contains("68(12)")
                        && tooLong.contains(
                                String.valueOf(LocalDate.now().plusYears(10).getYear())),
                "a permit runs at most until the policy's longest term: " + tooLong);
        LocalDate expiry = LocalDate.now().plusYears(2);
        typeDate(browser, "actForm:expiresOn", expiry);
        confirm(browser);
        waitForStatus(browser, "DATA_PREPARATION");
        assertTrue(
                browser.text(By.id("permitTerm")).contains(Browser.frenchDay(expiry)),
                browser.text(By.id("permitTerm")));
        assertTrue(browser.isPresent(By.id("fileForm:permitPdf")), "the permit PDF is linked");

        openAct(browser, "publish");
        confirm(browser);
        browser.waitFor(By.cssSelector("li[data-type='DECISION_PUBLISHED']"));
        browser.logout();

        // Anyone reads the decision in the public register, without the investigator's name.
        browser.open("/public/register.xhtml");
        browser.type(By.id("registerForm:text"), reference);
        browser.clickAndWaitForAjax(By.id("registerForm:search"));
        browser.waitFor(
                By.cssSelector("li.vg-register-entry[data-reference='" + reference + "'][data-decision='GRANTED']"));
        assertFalse(browser.pageText().contains("Jeanne Martin"), "no personal data in the register");
    }

    /** How many clocks of the policy the dossier has (through the API). */
    private static int clocks(String reference, String policy) {
        return (int)
                Api.as("instructor").get("dossiers/" + reference + "/clocks").jsonStructure().asJsonArray().stream()
                        .filter(c -> c.asJsonObject().getString("policyCode").equals(policy))
                        .count();
    }
}
