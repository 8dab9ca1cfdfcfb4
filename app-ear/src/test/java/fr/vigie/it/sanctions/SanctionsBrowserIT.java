package fr.vigie.it.sanctions;

import static fr.vigie.it.sanctions.Sanctions.onCase;
import static fr.vigie.it.sanctions.Sanctions.person;
import static fr.vigie.it.sanctions.Sanctions.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The sanctions screens in headless Chromium: the formal notice form and file, the procedure file
 * (hearing scheduling and minutes, deliberation opening), the deliberation page (the rapporteur
 * gets 403; votes; a fine over its cap refused on its field naming the article, then a lawful one),
 * publication, the public page and its anonymisation; the simplified procedure decided by the chair
 * alone. The written exchange in the middle goes through the API to keep the test short.
 */
@ExtendWith(BrowserExtension.class)
class SanctionsBrowserIT extends RunningVigie {

    private static void shot(Browser browser, String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Path file = ((TakesScreenshot) browser.driver())
                    .getScreenshotAs(OutputType.FILE)
                    .toPath();
            Files.copy(file, dir.resolve("sanctions-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.err.println("[browser] no screenshot " + name + ": " + e);
        }
    }

    private static void openAct(Browser browser, String act) {
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-act-" + act));
        browser.waitFor(By.cssSelector("#actTitle[data-act='" + act + "']"));
        browser.waitForAjax();
        browser.waitFor(By.id("actForm:confirm"));
    }

    private static void typeDate(Browser browser, String inputId, LocalDate date) {
        browser.type(By.id(inputId + "_input"), date.toString());
        browser.driver().findElement(By.id(inputId + "_input")).sendKeys(Keys.TAB);
    }

    /** Replaces the whole content of a PrimeFaces number input (its mask does not always honour a clear). */
    private static void typeNumber(Browser browser, String inputId, String value) {
        org.openqa.selenium.WebElement input = browser.waitFor(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static void waitForStatus(Browser browser, String status) {
        browser.waitFor(By.cssSelector("#status[data-status='" + status + "']"));
    }

    /**
     * Signs out whoever is signed in, then in as {@code username}. An error page (403) has no top bar:
     * the home page tells whether someone is still signed in (the login page would send them there).
     */
    private static void signInAs(Browser browser, String username) {
        if (!browser.isPresent(Browser.LOGOUT)) {
            browser.open("/index.xhtml");
        }
        if (browser.isPresent(Browser.LOGOUT)) {
            browser.logout();
        }
        if ("president".equals(username) || "admin".equals(username)) {
            browser.loginAsDemo(username);
        } else {
            browser.login(username, Sanctions.PASSWORD);
            browser.waitFor(Browser.LOGOUT);
        }
    }

    @Test
    void formalNoticeNotCompliedToDecisionPublishedThenAnonymised(Browser browser) throws SQLException {
        String siren = Sanctions.uniqueSiren();
        String name = "Navigateur Santé " + siren;
        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        String m1 = person("mem", "SANCTIONS_MEMBER");
        String m2 = person("mem", "SANCTIONS_MEMBER");

        signInAs(browser, "president");
        browser.open("/sanctions/notice-form.xhtml");
        browser.type(By.id("noticeForm:organisationName"), name);
        browser.type(By.id("noticeForm:organisationNumber"), siren);
        browser.type(By.id("noticeForm:groupName"), "Groupe " + siren);
        typeNumber(browser, "noticeForm:turnover_input", "1000000000");
        typeNumber(browser, "noticeForm:turnoverYear_input", String.valueOf(today().getYear() - 1));
        browser.type(By.id("noticeForm:breaches"), "RGPD art. 5 — Conservation illimitée");
        browser.type(By.id("noticeForm:measuresRequired"), "Fixer des durées de conservation");
        typeNumber(browser, "noticeForm:periodAmount_input", "0");
        browser.clickAndWaitForPage(By.id("noticeForm:prepare"));
        assertTrue(
                browser.text(By.id("noticeForm:periodAmountMessage")).contains("10"),
                "the period below 10 days is refused on its field");
        shot(browser, "notice-form-refused");
        typeNumber(browser, "noticeForm:periodAmount_input", "1");
        browser.clickAndWaitForPage(By.id("noticeForm:prepare"));
        assertEquals("/sanctions/notice.xhtml", browser.path());
        waitForStatus(browser, "DRAFT");
        openAct(browser, "SIGN");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        waitForStatus(browser, "RUNNING");
        assertTrue(browser.text(By.id("dueOn"))
                .contains(String.valueOf(today().plusMonths(1).getYear())));
        shot(browser, "notice-file");
        openAct(browser, "FIND_NOT_COMPLIED");
        browser.type(By.id("actForm:reason"), "Aucune durée de conservation fixée");
        browser.clickAndWaitForPage(By.id("actForm:confirm"));
        assertEquals("/sanctions/case.xhtml", browser.path());
        waitForStatus(browser, "AWAITING_REFERRAL");
        String ref = browser.url().replaceAll(".*reference=", "").replaceAll("&.*", "");

        openAct(browser, "REFER");
        browser.type(By.id("actForm:reason"), "Mise en demeure non respectée");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        waitForStatus(browser, "REFERRED");
        openAct(browser, "APPOINT_RAPPORTEUR");
        browser.type(By.id("actForm:rapporteur"), rapporteur);
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        waitForStatus(browser, "INSTRUCTION");

        onCase(rapporteur, ref, "notify-report", null);
        onCase(rapporteur, ref, "record-reply", null);
        onCase(rapporteur, ref, "answer", "\"summary\":\"Réponse\"");

        signInAs(browser, chair);
        browser.open("/sanctions/case.xhtml?reference=" + ref);
        waitForStatus(browser, "READY_FOR_HEARING");
        openAct(browser, "SCHEDULE_HEARING");
        typeDate(browser, "actForm:hearingOn", today().plusDays(5));
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        // 15 days counted back; up to 18 when the day counted back is a weekend or holiday
        assertTrue(
                browser.text(By.id("actForm:hearingOnMessage")).matches("(?s).*1[5-8] jours avant.*"),
                "a hearing too soon is refused on its field, naming the notice it needs");
        typeDate(browser, "actForm:hearingOn", today().plusDays(20));
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        waitForStatus(browser, "HEARING_SCHEDULED");
        openAct(browser, "HOLD_HEARING");
        browser.type(By.id("actForm:attendance"), "Conseil de la société");
        browser.type(By.id("actForm:minutes"), "La société conteste le manquement.");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        waitForStatus(browser, "HEARD");
        openAct(browser, "OPEN_DELIBERATION");
        browser.type(By.id("actForm:present"), m1 + ", " + m2);
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        waitForStatus(browser, "DELIBERATING");
        shot(browser, "case-file");

        signInAs(browser, rapporteur);
        browser.open("/sanctions/deliberation.xhtml?reference=" + ref);
        browser.waitFor(By.id("error403"));
        assertFalse(browser.isPresent(By.id("voteForm:voteFor")), "the rapporteur gets 403, not the vote");

        for (String member : new String[] {m1, m2}) {
            signInAs(browser, member);
            browser.open("/sanctions/deliberation.xhtml?reference=" + ref);
            browser.clickAndWaitForAjax(By.id("voteForm:voteFor"));
            browser.waitFor(By.cssSelector("#votes[data-for]"));
        }
        signInAs(browser, chair);
        browser.open("/sanctions/deliberation.xhtml?reference=" + ref);
        browser.clickAndWaitForAjax(By.id("voteForm:voteFor"));
        typeNumber(browser, "decisionForm:fine_input", "40000001");
        browser.type(By.id("decisionForm:decisionReasons"), "Manquement grave et durable");
        browser.clickAndWaitForAjax(By.id("decisionForm:decide"));
        assertTrue(
                browser.text(By.id("decisionForm:fineMessage")).contains("83(5)"),
                "the fine over its cap names the article");
        shot(browser, "deliberation-fine-refused");
        typeNumber(browser, "decisionForm:fine_input", "40000000");
        browser.clickAndWaitForAjax(By.id("decisionForm:decide"));
        waitForStatus(browser, "DECIDED");
        shot(browser, "deliberation-decided");

        browser.open("/sanctions/case.xhtml?reference=" + ref);
        waitForStatus(browser, "DECIDED");
        openAct(browser, "NOTIFY_DECISION");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        openAct(browser, "PUBLISH");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        browser.waitFor(By.id("published"));
        shot(browser, "case-decided");

        browser.logout();
        browser.open("/public/sanctions.xhtml");
        browser.waitFor(By.cssSelector("li[data-reference='" + ref + "']"));
        assertTrue(browser.text(By.cssSelector("li[data-reference='" + ref + "'] .vg-organisation"))
                .contains(name));
        shot(browser, "public");
        Sanctions.anonymisationDayPassed(ref);
        assertEquals(
                200, Api.as("admin").postJson("sanctions/anonymisation", "{}").status());
        browser.open("/public/sanctions.xhtml");
        browser.waitFor(By.cssSelector("li[data-reference='" + ref + "'][data-anonymised='true']"));
        assertFalse(browser.pageText().contains(name), "the organisation's name is removed on the anonymisation day");
    }

    @Test
    void simplifiedProcedureDecidedByTheChairAlone(Browser browser) {
        String siren = Sanctions.uniqueSiren();
        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        Api.Reply opened = Sanctions.as("president")
                .postJson(
                        "sanctions/cases",
                        Sanctions.organisationJson("Commerce " + siren, siren, "RGPD art. 13", null, null));
        String ref = opened.json().getString("reference");
        onCase("president", ref, "refer", "\"reason\":\"Manquement simple\"");

        signInAs(browser, chair);
        browser.open("/sanctions/case.xhtml?reference=" + ref);
        openAct(browser, "CHOOSE_SIMPLIFIED");
        browser.type(By.id("actForm:reason"), "Faits simples");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        browser.waitFor(By.cssSelector("#header[data-procedure='SIMPLIFIED']"));
        onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        onCase(rapporteur, ref, "notify-report", null);
        onCase(rapporteur, ref, "record-reply", null);

        browser.open("/sanctions/deliberation.xhtml?reference=" + ref);
        typeNumber(browser, "decisionForm:fine_input", "20001");
        browser.type(By.id("decisionForm:decisionReasons"), "Information incomplète des personnes");
        browser.clickAndWaitForAjax(By.id("decisionForm:decide"));
        assertTrue(browser.text(By.id("decisionForm:fineMessage")).contains("22-1"));
        typeNumber(browser, "decisionForm:fine_input", "20000");
        browser.clickAndWaitForAjax(By.id("decisionForm:decide"));
        waitForStatus(browser, "DECIDED");
        browser.open("/sanctions/case.xhtml?reference=" + ref);
        waitForStatus(browser, "DECIDED");
        assertFalse(
                browser.isPresent(By.cssSelector("button.vg-act-PUBLISH")), "a simplified decision is never published");
        shot(browser, "simplified-decided");
    }
}
