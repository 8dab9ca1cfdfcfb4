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
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The sanctions screens not walked through by {@link SanctionsBrowserIT}: the list (filters applied by
 * the database), the home panels of the president, the rapporteur, a committee member and the chair,
 * the fine assistant on the deliberation page (a range with every step, the steps kept with the
 * decision), the documents of the case file and the file index, the activity report and its CSV
 * export, and the public page without login. Each test builds its own case through the API.
 */
@ExtendWith(BrowserExtension.class)
class SanctionsScreensBrowserIT extends RunningVigie {

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
        if ("president".equals(username) || "manager".equals(username)) {
            browser.loginAsDemo(username);
        } else {
            browser.login(username, Sanctions.PASSWORD);
            browser.waitFor(Browser.LOGOUT);
        }
    }

    /** Replaces the whole content of a PrimeFaces number input (its mask does not always honour a clear). */
    private static void typeNumber(Browser browser, String inputId, String value) {
        WebElement input = browser.waitFor(By.id(inputId));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static void openAct(Browser browser, String act) {
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-act-" + act));
        browser.waitFor(By.cssSelector("#actTitle[data-act='" + act + "']"));
        browser.waitForAjax();
        browser.waitFor(By.id("actForm:confirm"));
    }

    /** A case opened directly by the president for an undertaking whose group turns over €1bn, one breach of {@code article}. */
    private static String openCase(String name, String article) {
        String siren = Sanctions.uniqueSiren();
        Api.Reply opened = Sanctions.as("president")
                .postJson(
                        "sanctions/cases", Sanctions.organisationJson(name + " " + siren, siren, article, null, null));
        assertEquals(201, opened.status(), opened.toString());
        return opened.json().getString("reference");
    }

    /** Referral, rapporteur, report, reply and answer: the case is ready for its hearing. */
    private static void writtenExchange(String ref, String rapporteur) {
        onCase("president", ref, "refer", "\"reason\":\"Manquement persistant\"");
        onCase("president", ref, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");
        onCase(rapporteur, ref, "notify-report", null);
        onCase(rapporteur, ref, "record-reply", "\"receivedOn\":\"" + today() + "\"");
        onCase(rapporteur, ref, "answer", "\"summary\":\"Réponse du rapporteur\"");
    }

    private static List<String> linkTexts(Browser browser, String listId) {
        return browser.driver().findElements(By.cssSelector("#" + listId + " a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static boolean lists(Browser browser, String listId, String ref) {
        return linkTexts(browser, listId).stream().anyMatch(text -> text.startsWith(ref));
    }

    @Test
    void theListIsFilteredByTheDatabaseAndOpensTheFile(Browser browser) {
        String ref = openCase("Liste Filtrée", "RGPD art. 32");
        String siren = Sanctions.caseFile(ref).getJsonObject("organisation").getString("number");

        signInAs(browser, "president");
        browser.open("/sanctions/list.xhtml");
        browser.waitFor(By.id("listForm:cases"));
        browser.type(By.id("listForm:text"), siren);
        browser.clickAndWaitForAjax(By.id("listForm:search"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#listForm\\:cases a.vg-case-link"));
        assertEquals(1, links.size(), "one case of this SIREN");
        assertEquals(ref, links.get(0).getText());
        assertTrue(browser.text(By.id("listForm:cases")).contains("Liste Filtrée"));

        browser.choose("listForm:kind", "Mise en demeure");
        browser.clickAndWaitForAjax(By.id("listForm:search"));
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("#listForm\\:cases a.vg-case-link"))
                        .isEmpty(),
                "no formal notice for this SIREN");

        browser.choose("listForm:kind", "Procédure de sanction");
        browser.clickAndWaitForAjax(By.id("listForm:search"));
        browser.clickAndWaitForPage(By.cssSelector("#listForm\\:cases a.vg-case-link"));
        assertEquals("/sanctions/case.xhtml", browser.path());
        browser.waitFor(By.cssSelector("#status[data-status='AWAITING_REFERRAL']"));
    }

    @Test
    void thePresidentAndTheRapporteurSeeTheirWorkOnTheHomePage(Browser browser) {
        String siren = Sanctions.uniqueSiren();
        Api.Reply draft = Sanctions.as("president")
                .postJson(
                        "sanctions/notices",
                        Sanctions.organisationJson("Accueil Président " + siren, siren, "RGPD art. 5", "3", "months"));
        assertEquals(201, draft.status(), draft.toString());
        String notice = draft.json().getString("reference");
        String toRefer = openCase("Accueil À saisir", "RGPD art. 13");
        String rapporteur = person("rap", "RAPPORTEUR");
        String mine = openCase("Accueil Rapporteur", "RGPD art. 32");
        onCase("president", mine, "refer", "\"reason\":\"Manquement\"");
        onCase("president", mine, "appoint-rapporteur", "\"rapporteur\":\"" + rapporteur + "\"");

        signInAs(browser, "president");
        browser.open("/index.xhtml");
        assertTrue(browser.text(By.id("dashboard")).contains("À signer"));
        assertTrue(lists(browser, "homeToSign", notice), "the draft notice waits for the president's signature");
        assertTrue(lists(browser, "homeToRefer", toRefer), "the case waits for its referral");
        browser.clickAndWaitForPage(
                By.xpath("//ul[@id='homeToSign']//a[starts-with(normalize-space(.), '" + notice + "')]"));
        assertEquals("/sanctions/notice.xhtml", browser.path());
        browser.waitFor(By.cssSelector("#status[data-status='DRAFT']"));

        signInAs(browser, rapporteur);
        browser.open("/index.xhtml");
        assertTrue(browser.text(By.id("dashboard")).contains("Mes procédures de sanction"));
        assertEquals(1, linkTexts(browser, "homeMine").size(), "only the case this rapporteur instructs");
        assertTrue(lists(browser, "homeMine", mine));
        assertFalse(browser.isPresent(By.id("homeToSign")), "the president's panel is not the rapporteur's");
        browser.clickAndWaitForPage(By.cssSelector("#homeMine a"));
        browser.waitFor(By.cssSelector("#status[data-status='INSTRUCTION']"));
    }

    @Test
    void committeePanelsThenTheFineAssistantProposesTheCommitteeDecides(Browser browser) throws SQLException {
        String ref = openCase("Assistant Amende", "RGPD art. 5");
        String rapporteur = person("rap", "RAPPORTEUR");
        String chair = person("chair", "SANCTIONS_CHAIR");
        String m1 = person("mem", "SANCTIONS_MEMBER");
        String m2 = person("mem", "SANCTIONS_MEMBER");
        writtenExchange(ref, rapporteur);
        onCase(chair, ref, "schedule-hearing", "\"hearingOn\":\"" + today().plusDays(25) + "\"");

        signInAs(browser, m1);
        browser.open("/index.xhtml");
        assertTrue(browser.text(By.id("sanctionsCommitteePanel")).contains("Formation restreinte"));
        assertTrue(lists(browser, "homeHearings", ref), "the hearing to come is on the member's panel");
        assertFalse(browser.isPresent(By.id("homeSimplified")), "simplified cases are the chair's");

        onCase(chair, ref, "hold-hearing", "\"attendance\":\"Conseil de la société\",\"minutes\":\"Débats\"");
        onCase(chair, ref, "open-deliberation", "\"present\":[\"" + m1 + "\",\"" + m2 + "\"]");
        browser.open("/index.xhtml");
        assertTrue(lists(browser, "homeDeliberations", ref), "the deliberation open is on the member's panel");
        browser.clickAndWaitForPage(
                By.xpath("//ul[@id='homeDeliberations']//a[starts-with(normalize-space(.), '" + ref + "')]"));
        assertEquals("/sanctions/deliberation.xhtml", browser.path());
        browser.clickAndWaitForAjax(By.id("assistantForm:propose"));
        assertTrue(
                browser.text(By.id("assistantForm:seriousnessMessage")).contains("gravité"),
                "the assistant asks for the seriousness, on its field");
        browser.clickAndWaitForAjax(By.id("voteForm:voteFor"));
        browser.waitFor(By.cssSelector("#votes[data-for='1']"));
        assertFalse(browser.isPresent(By.id("decisionForm")), "a member votes; the chair records the decision");
        onCase(m2, ref, "vote", "\"inFavour\":true");

        signInAs(browser, chair);
        browser.open("/index.xhtml");
        assertTrue(browser.text(By.id("sanctionsCommitteePanel")).contains("Présidence de la formation restreinte"));
        assertTrue(browser.isPresent(By.id("homeSimplified")), "the chair's panel lists the simplified cases");
        assertTrue(lists(browser, "homeDeliberations", ref));
        browser.open("/sanctions/deliberation.xhtml?reference=" + ref);
        browser.clickAndWaitForAjax(By.id("voteForm:voteFor"));
        browser.waitFor(By.cssSelector("#votes[data-for='3']"));

        browser.choose("assistantForm:seriousness", "moyenne");
        String previous = "assistantForm:circumstances:4:";
        String cooperation = "assistantForm:circumstances:5:";
        typeNumber(browser, previous + "percent_input", "10");
        browser.type(By.id(previous + "reason"), "Rappel à l'ordre en 2024");
        typeNumber(browser, cooperation + "percent_input", "-5");
        browser.type(By.id(cooperation + "reason"), "Coopération active");
        typeNumber(browser, "assistantForm:judgementPercent_input", "0");
        browser.clickAndWaitForAjax(By.id("assistantForm:propose"));
        assertTrue(
                browser.text(By.id("assistantForm:assistantMessages")).contains("Motivez"),
                "step 5 without its reasons is refused");
        browser.type(By.id("assistantForm:judgementReasons"), "Montant dissuasif pour un groupe de cette taille");
        browser.clickAndWaitForAjax(By.id("assistantForm:propose"));

        // Art. 83(5) with €1bn: max(€20M, 4 %) = €40M; medium 10-20 % = €4M-€8M; above €500M the band
        // keeps 100 %; +10 % then -5 %: €4.18M-€8.36M; under the cap; found effective as it stands.
        WebElement range = browser.waitFor(By.id("proposedRange"));
        assertEquals("4180000.00", range.getAttribute("data-low"));
        assertEquals("8360000.00", range.getAttribute("data-high"));
        List<String> kinds = browser.driver().findElements(By.cssSelector("#proposalSteps li.vg-step")).stream()
                .map(li -> li.getAttribute("data-kind"))
                .toList();
        assertEquals(
                List.of(
                        "CATEGORISATION",
                        "SERIOUSNESS",
                        "TURNOVER",
                        "CIRCUMSTANCE",
                        "CIRCUMSTANCE",
                        "LEGAL_MAXIMUM",
                        "JUDGEMENT"),
                kinds,
                "every step of the method is shown");
        assertTrue(browser.text(By.id("proposalSteps")).contains("Coopération active"), "each reason is shown");

        browser.clickAndWaitForAjax(By.id("assistantForm:follow"));
        assertTrue(browser.text(By.id("decisionForm:fineCalculation")).contains("Montant dissuasif"));
        typeNumber(browser, "decisionForm:fine_input", "5000000");
        browser.type(By.id("decisionForm:decisionReasons"), "Conservation illimitée des données");
        browser.clickAndWaitForAjax(By.id("decisionForm:decide"));
        browser.waitFor(By.cssSelector("#status[data-status='DECIDED']"));

        JsonObject decided = Sanctions.caseFile(ref);
        assertTrue(
                decided.getString("fineCalculation").contains("Coopération active"),
                "the decision keeps the steps the committee followed");
        assertEquals("Conservation illimitée des données", decided.getString("decisionReasons"));
        browser.open("/sanctions/case.xhtml?reference=" + ref);
        assertTrue(browser.text(By.id("fileForm:caseFineCalculation")).contains("Rappel à l'ordre en 2024"));
    }

    @Test
    void documentsAreAttachedThenListedInTheFileTheOrganisationMayConsult(Browser browser)
            throws IOException, SQLException {
        String ref = openCase("Pièces", "RGPD art. 32");
        Path pdf = Files.createTempFile("observations-", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% observations of the organisation\n%%EOF\n", StandardCharsets.US_ASCII);

        signInAs(browser, "president");
        browser.open("/sanctions/case.xhtml?reference=" + ref);
        browser.waitFor(By.id("uploadForm:attach"));
        browser.clickAndWaitForAjax(By.id("uploadForm:attach"));
        assertTrue(
                browser.text(By.id("uploadForm:fileMessage")).contains("fichier"), "no file chosen: said on the field");
        browser.driver()
                .findElement(By.cssSelector("input[type='file'][id^='uploadForm:file']"))
                .sendKeys(pdf.toString());
        browser.clickAndWaitForAjax(By.id("uploadForm:attach"));
        String name = pdf.getFileName().toString();
        browser.waitForText(By.id("documents"), name);
        assertEquals(1, Sanctions.audited(ref, "DOCUMENT_ATTACHED"), "the attachment is audited");
        assertTrue(browser.text(By.id("history")).contains(name), "and on the timeline");

        openAct(browser, "ADD_TO_FILE");
        browser.type(By.id("actForm:title"), "Observations de la société");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        browser.waitForText(By.id("fileIndex"), "Observations de la société");
        assertTrue(browser.text(By.id("fileIndex")).contains("v1"), "the index is versioned");
    }

    @Test
    void theActivityReportCountsDecisionsPerYearAndArticleAndExportsThem(Browser browser) {
        signInAs(browser, "manager");
        browser.open("/sanctions/activity.xhtml");
        browser.waitFor(By.id("activityForm:activity"));
        // the demo data hold a decided case and a simplified one (test profile)
        assertFalse(
                browser.driver()
                        .findElements(By.cssSelector("#activityForm\\:activity .vg-article"))
                        .isEmpty(),
                "the decisions of the demo data are counted");
        String year = browser.driver()
                .findElement(By.cssSelector("#activityForm\\:activity tbody tr td"))
                .getText()
                .strip();
        browser.choose("activityForm:year", year);
        browser.driver()
                .findElements(By.cssSelector("#activityForm\\:activity tbody tr"))
                .forEach(row -> assertTrue(row.getText().startsWith(year), row.getText()));

        Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const form = document.getElementById('activityForm');
                        const data = new URLSearchParams(new FormData(form));
                        data.append('activityForm:exportCsv', '');
                        fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                            .then(r => r.text()).then(done, e => done('failed: ' + e));
                        """);
        // fetch's text() drops the byte order mark the file starts with
        String text = String.valueOf(csv).replace("\ufeff", "");
        assertTrue(
                text.startsWith("year;procedure;article;decisions;with_fine;with_injunction;with_call_to_order;"
                        + "with_limitation;with_suspension;fines_total_eur"),
                text);
        assertTrue(text.lines().skip(1).allMatch(line -> line.startsWith(year + ";")), text);
    }

    @Test
    void thePublicPageNeedsNoLogin(Browser browser) {
        if (browser.isPresent(Browser.LOGOUT)) {
            browser.logout();
        }
        browser.open("/public/sanctions.xhtml");
        assertEquals("/public/sanctions.xhtml", browser.path(), "no login asked");
        browser.waitFor(By.id("decisions"));
        List<WebElement> decisions = browser.driver().findElements(By.cssSelector("li.vg-public-decision"));
        assertFalse(decisions.isEmpty(), "the demo data publish a decision");
        for (WebElement d : decisions) {
            assertFalse(d.getAttribute("data-reference").isBlank(), "each decision by its reference");
        }
        assertEquals(200, Api.anonymous().get("public/sanctions").status(), "the same list is open on the API");

        assertFalse(browser.pageText().contains("espace agents"), "the public header, not the staff's");
        assertFalse(browser.pageText().contains("agents habilités"), "the public footer, not the staff's");
        // The public footer leads to the accessibility statement and the legal notices (RGAA), each
        // checked by axe and the writing check like every page a browser test opens.
        browser.clickAndWaitForPage(By.cssSelector("[id$='footerAccessibility']"));
        assertEquals("/public/accessibility.xhtml", browser.path());
        assertTrue(browser.text(By.id("conformity")).length() > 20, "the conformity level is stated");
        browser.clickAndWaitForPage(By.cssSelector("[id$='footerLegal']"));
        assertEquals("/public/legal.xhtml", browser.path());
        assertTrue(browser.isVisible(By.id("legalNotices")));
    }
}
