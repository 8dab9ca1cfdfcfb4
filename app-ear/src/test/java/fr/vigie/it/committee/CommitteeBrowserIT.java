package fr.vigie.it.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The committee's screens in headless Chromium: the secretary builds and reorders the agenda,
 * convenes and opens the session; a recused member gets a 403 on the vote page; members vote to a
 * tie; the chair settles it; the secretary adopts the opinion and closes the session with its
 * minutes. And a member's "my dossiers to review".
 */
@ExtendWith(BrowserExtension.class)
class CommitteeBrowserIT extends RunningVigie {

    private static void login(Browser browser, String username) {
        browser.login(username, Committee.PASSWORD);
        browser.waitFor(Browser.LOGOUT);
    }

    private static void chooseRadio(Browser browser, String groupId, int index) {
        List<WebElement> boxes =
                browser.driver().findElements(By.cssSelector("[id='" + groupId + "'] .ui-radiobutton-box"));
        boxes.get(index).click();
    }

    private static void voteAs(Browser browser, String username, long review, int choice, String remarks) {
        login(browser, username);
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

    @Test
    void aSessionWithARecusedMemberAndATieSettledByTheChairEndsWithTheMinutes(Browser browser) {
        String recused = Committee.member("rene", "DAC_MEMBER");
        String bruno = Committee.member("bruno", "DAC_MEMBER");
        String chloe = Committee.member("chloe", "DAC_MEMBER");
        String chair = Committee.member("presid", "DAC_CHAIR");
        String siren = Committee.uniqueSiren();
        assertEquals(
                201,
                Committee.as(recused)
                        .postJson(
                                "committee/members/me/interests",
                                "{\"siren\":\"" + siren + "\",\"nature\":\"Consultant rémunéré\"}")
                        .status());
        String first = Committee.newDossier();
        String second = Committee.newDossier();
        long firstReview = Committee.refer(first, "Clinique Exemple " + siren, siren);
        Committee.refer(second, "Institut Autre", null);
        Api.Reply planned = Api.as("dacsecretary")
                .postJson(
                        "committee/sessions",
                        "{\"date\":\"" + Committee.today() + "\",\"title\":\"Séance navigateur\"}");
        long session = planned.json().getJsonNumber("id").longValue();

        // The secretary builds the agenda: adds both dossiers, moves the second up, saves, convenes, opens.
        browser.loginAsDemo("dacsecretary");
        browser.open("/committee/session.xhtml?id=" + session);
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-add-" + first));
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-add-" + second));
        browser.clickAndWaitForAjax(By.id("agendaForm:agenda:1:up"));
        browser.clickAndWaitForAjax(By.id("agendaForm:saveAgenda"));
        browser.waitFor(By.id("agendaForm:convene"));
        List<String> order =
                browser.driver().findElements(By.cssSelector("#agendaForm\\:agenda a.vg-review-link")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertEquals(List.of(second, first), order, "the second dossier was moved up");
        browser.clickAndWaitForAjax(By.id("agendaForm:convene"));
        browser.waitFor(By.cssSelector("#header[data-status='CONVENED']"));
        for (String member : List.of(recused, bruno, chloe, chair)) {
            browser.driver()
                    .findElement(By.xpath("//*[@id='attendanceForm:attendees']//label[contains(., '"
                            + member.substring(member.length() - 4) + "')]"))
                    .click();
        }
        browser.clickAndWaitForAjax(By.id("attendanceForm:open"));
        browser.waitFor(By.cssSelector("#header[data-status='IN_PROGRESS']"));
        browser.logout();

        // The recused member may not open the vote page.
        login(browser, recused);
        browser.open("/committee/review.xhtml?id=" + firstReview);
        assertTrue(browser.isVisible(By.id("error403")), "the 403 page for a recused member");
        assertTrue(!browser.isPresent(By.id("voteForm:vote")), "no vote form for a recused member");
        browser.open("/index.xhtml");
        browser.logout();

        // Favourable, unfavourable (a reason is required, shown on the field), abstention: a tie.
        voteAs(browser, bruno, firstReview, 0, null);
        login(browser, chloe);
        browser.open("/committee/review.xhtml?id=" + firstReview);
        chooseRadio(browser, "voteForm:choice", 2);
        browser.clickAndWaitForAjax(By.id("voteForm:vote"));
        assertTrue(
                browser.text(By.id("voteForm:remarksMessage")).contains("Motivez"), "the reason is asked on its field");
        browser.type(By.id("voteForm:remarks"), "Risque de réidentification");
        browser.clickAndWaitForAjax(By.id("voteForm:vote"));
        browser.waitFor(By.cssSelector("#reviewForm\\:votes [data-choice='UNFAVOURABLE']"));
        browser.logout();
        voteAs(browser, chair, firstReview, 3, null);

        // The chair sees the tie and settles it.
        login(browser, chair);
        browser.open("/committee/review.xhtml?id=" + firstReview);
        browser.waitFor(By.id("reviewForm:tie"));
        chooseRadio(browser, "castingForm:kind", 0);
        browser.type(By.id("castingForm:reason"), "Voix prépondérante du président");
        browser.clickAndWaitForAjax(By.id("castingForm:cast"));
        browser.waitFor(By.id("reviewForm:castingGiven"));
        browser.logout();

        // The secretary adopts the opinion (reasoning typed), then closes the session with the minutes.
        browser.loginAsDemo("dacsecretary");
        browser.open("/committee/review.xhtml?id=" + firstReview);
        browser.type(By.id("adoptForm:reasoning"), "Projet d’intérêt public ; garanties suffisantes.");
        browser.clickAndWaitForAjax(By.id("adoptForm:adopt"));
        browser.waitFor(By.cssSelector("#opinionKind[data-kind='FAVOURABLE']"));
        assertTrue(browser.text(By.id("recusals")).contains("SIREN " + siren), "the recusal is shown");

        JsonObject secondReview = Api.as("dacsecretary")
                .get("committee/sessions/" + session)
                .json()
                .getJsonArray("agenda")
                .getJsonObject(0);
        browser.open("/committee/review.xhtml?id=" + secondReview.getJsonNumber("reviewId"));
        browser.type(By.id("adoptForm:reason"), "Pièces complémentaires attendues");
        browser.clickAndWaitForAjax(By.id("adoptForm:postpone"));
        browser.waitFor(By.cssSelector("#header[data-stage='AWAITING_SESSION']"));

        browser.open("/committee/session.xhtml?id=" + session);
        browser.clickAndWaitForAjax(By.id("sessionForm:close"));
        browser.waitFor(By.cssSelector("#header[data-status='CLOSED']"));
        assertTrue(browser.isPresent(By.id("sessionForm:minutes")), "the minutes link is shown");

        String minutesId = Api.as("dacsecretary")
                .get("committee/sessions/" + session)
                .json()
                .getString("minutesDocument");
        String text = Committee.pdfText(
                Api.as("dacsecretary").get("documents/" + minutesId).body());
        assertTrue(text.contains(first) && text.contains("Consultant r"), "dossier and recusal in the minutes");
    }

    @Test
    void aMemberSeesTheDossiersToReviewWithTheirDeadlines(Browser browser) {
        String member = Committee.member("marie", "DAC_MEMBER");
        String ref = Committee.newDossier();
        long review = Committee.refer(ref, "Institut Délais", null);
        JsonObject r = Committee.review("dacsecretary", review);
        Api.as("dacsecretary")
                .postJson(
                        "committee/reviews/" + review + "/rapporteur",
                        "{\"version\":" + r.getInt("version") + ",\"rapporteur\":\"" + member
                                + "\",\"reason\":\"Charge de travail\"}");

        login(browser, member);
        assertTrue(browser.isPresent(Browser.menuEntry("committee-mine")), "the menu offers the list");
        browser.open("/committee/mine.xhtml");
        WebElement row = browser.waitFor(
                By.xpath("//a[contains(@class,'vg-review-link') and text()='" + ref + "']/ancestor::tr"));
        assertTrue(row.getText().contains("25 j"), row.getText());
        assertTrue(row.getText().contains("Rapporteur"), row.getText());
        browser.driver()
                .findElement(By.cssSelector("[id='mineForm:rapporteurOnly'] .ui-chkbox-box"))
                .click();
        browser.clickAndWaitForAjax(By.id("mineForm:apply"));
        assertTrue(browser.pageText().contains(ref));
        browser.clickAndWaitForPage(By.xpath("//a[contains(@class,'vg-review-link') and text()='" + ref + "']"));
        assertEquals("/committee/review.xhtml", browser.path());
        assertTrue(browser.text(By.id("header")).contains("Institut Délais"));
        assertTrue(browser.isPresent(By.id("draftForm:saveDraft")), "the rapporteur drafts the opinion here");
    }

    @Test
    void pagesAreClosedToOtherRoles(Browser browser) {
        browser.loginAsDemo("handler");
        browser.open("/committee/sessions.xhtml");
        assertTrue(browser.isVisible(By.id("error403")), "no sessions for a complaint handler");
        browser.open("/index.xhtml");
        browser.logout();
        browser.loginAsDemo("dacsecretary");
        browser.open("/committee/mine.xhtml");
        assertTrue(browser.isVisible(By.id("error403")), "the secretary has no dossiers to vote on");
    }
}
