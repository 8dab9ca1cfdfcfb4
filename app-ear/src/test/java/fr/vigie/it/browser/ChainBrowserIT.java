package fr.vigie.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The complaint → inspection → sanction chain walked through the screens by the people who act on
 * it: the handler closes a complaint as referred to inspection; the head of inspections prepares
 * the inspection opened from it, the president signs the mission order, the inspector records the
 * minutes with a finding, the head closes with a referral to the restricted committee; the
 * president refers the sanction case and appoints the rapporteur, who notifies the report and
 * records the reply; the chair of the restricted committee decides under the simplified procedure.
 * Then every page of the chain shows the others with their status (the decision seen from the
 * inspection and from the complaint), and both sides of each hop are in the audit trail. Only the
 * complaint's intake (acknowledged, qualified, assigned) is prepared through the API, to keep the
 * test short.
 */
class ChainBrowserIT extends BrowserTestBase {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** A complaint acknowledged, qualified and assigned to the handler; returns its reference. */
    private static String assignedComplaint(String siren) {
        Api handler = Api.as("handler");
        Api.Reply created = handler.postJson(
                "complaints",
                "{\"channel\":\"WEB_FORM\",\"complainantName\":\"Lucie Bernard\","
                        + "\"complainantEmail\":\"lucie.bernard@example.fr\",\"organisationName\":\"Chaîne "
                        + siren + "\",\"organisationCountry\":\"FR\",\"organisationIdentifier\":\"" + siren
                        + "\",\"facts\":\"La plateforme conserve les données des comptes fermés sans limite de durée.\","
                        + "\"categories\":[\"MARKETING\"],\"peopleAffected\":12}");
        assertEquals(201, created.status(), created.toString());
        String complaint = created.json().getString("reference");
        int version = handler.get("complaints/" + complaint).json().getInt("version");
        JsonObject c = complaintAct(complaint, "acknowledge", "{\"version\":" + version + "}");
        c = complaintAct(
                complaint,
                "qualify",
                "{\"version\":" + c.getInt("version")
                        + ",\"admissible\":true,\"competent\":true,\"crossBorder\":false,\"reason\":\"Recevable\"}");
        complaintAct(
                complaint,
                "assign",
                "{\"version\":" + c.getInt("version") + ",\"assignee\":\"handler\",\"reason\":\"Portefeuille\"}");
        return complaint;
    }

    private static JsonObject complaintAct(String reference, String act, String json) {
        Api.Reply r = Api.as("handler").postJson("complaints/" + reference + "/" + act, json);
        assertEquals(200, r.status(), act + ": " + r);
        return r.json();
    }

    /** A SIREN no earlier run has used (nine digits passing the Luhn check). */
    private static String uniqueSiren() {
        String base = String.valueOf(System.nanoTime() % 100_000_000L);
        base = "9" + "0".repeat(7 - Math.min(7, base.length())) + base.substring(Math.max(0, base.length() - 7));
        for (int last = 0; last <= 9; last++) {
            String candidate = base + last;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + base);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static void switchTo(Browser browser, String username) {
        if (browser.isPresent(Browser.LOGOUT)) {
            browser.logout();
        }
        browser.loginAsDemo(username);
    }

    private static void inspectionDialog(Browser browser, String button, String form) {
        browser.clickAndWaitForAjax(By.id("fileForm:" + button));
        browser.waitFor(By.id(form + ":save"));
    }

    private static void inspectionStatus(Browser browser, String status) {
        browser.waitFor(By.cssSelector("#header[data-status='" + status + "']"));
    }

    private static void sanctionAct(Browser browser, String act) {
        browser.clickAndWaitForAjax(By.cssSelector("button.vg-act-" + act));
        browser.waitFor(By.cssSelector("#actTitle[data-act='" + act + "']"));
        browser.waitForAjax();
        browser.waitFor(By.id("actForm:confirm"));
    }

    private static void sanctionStatus(Browser browser, String status) {
        browser.waitFor(By.cssSelector("#status[data-status='" + status + "']"));
    }

    /** The related case shown on the current page, with its label, status and link. */
    private static WebElement linked(Browser browser, String caseRef) {
        return browser.waitFor(By.cssSelector("li.vg-linked-case[data-case='" + caseRef + "']"));
    }

    private static String reference(String url) {
        return url.replaceAll(".*reference=([A-Z0-9-]+).*", "$1");
    }

    @Test
    void aComplaintReferredToInspectionEndsInASanctionSeenFromEveryCase(Browser browser)
            throws IOException, SQLException {
        String complaint = assignedComplaint(uniqueSiren());

        // The handler closes the complaint as referred to inspection: its file names the inspection opened.
        browser.loginAsDemo("handler");
        browser.open("/complaints/file.xhtml?reference=" + complaint);
        browser.waitFor(By.id("header"));
        browser.clickAndWaitForAjax(By.id("fileForm:close"));
        browser.waitFor(By.id("closeForm:save"));
        browser.choose("closeForm:outcome", "Transmise aux contrôles");
        browser.type(By.id("closeForm:reason"), "Manquements répétés : un contrôle sur place est nécessaire");
        browser.clickAndWaitForAjax(By.id("closeForm:save"));
        browser.waitFor(By.cssSelector("#header[data-status='CLOSED']"));
        browser.open("/complaints/file.xhtml?reference=" + complaint);
        WebElement toInspection = browser.waitFor(By.cssSelector("li.vg-linked-case[data-case^='inspections:']"));
        String inspection = toInspection.getAttribute("data-case").substring("inspections:".length());
        assertTrue(toInspection.getText().contains("Contrôle " + inspection), toInspection.getText());

        // The head of inspections finds the request in the inspections opened from complaints and prepares it.
        switchTo(browser, "head");
        browser.open("/inspections/file.xhtml?reference=" + inspection);
        inspectionStatus(browser, "PLANNED");
        assertTrue(browser.text(By.id("origin")).contains(complaint), browser.text(By.id("origin")));
        inspectionDialog(browser, "prepare", "prepareForm");
        browser.type(By.id("prepareForm:lead"), "inspector");
        browser.type(By.id("prepareForm:place"), "Siège de l'organisme");
        browser.clickAndWaitForAjax(By.id("prepareForm:save"));
        inspectionStatus(browser, "PREPARED");

        // The president signs the mission order.
        switchTo(browser, "president");
        browser.open("/inspections/file.xhtml?reference=" + inspection);
        browser.clickAndWaitForAjax(By.id("fileForm:sign"));
        browser.waitFor(By.cssSelector("#missionOrder[data-signed='true'] a"));

        // The inspector conducts it, records the minutes with a finding, notifies them, receives the observations.
        switchTo(browser, "inspector");
        browser.open("/inspections/file.xhtml?reference=" + inspection);
        inspectionDialog(browser, "conduct", "conductForm");
        browser.clickAndWaitForAjax(By.id("conductForm:save"));
        inspectionStatus(browser, "CONDUCTED");
        inspectionDialog(browser, "minutes", "minutesForm");
        browser.type(By.id("minutesForm:peopleMet"), "Le délégué à la protection des données");
        browser.type(By.id("minutesForm:minutesText"), "Aucune durée de conservation n'est appliquée.");
        browser.clickAndWaitForAjax(By.id("minutesForm:save"));
        browser.waitFor(By.id("minutesText"));
        inspectionDialog(browser, "addFinding", "findingForm");
        browser.choose("findingForm:article", "RGPD art. 5");
        browser.choose("findingForm:severity", "Grave");
        browser.type(By.id("findingForm:description"), "Conservation illimitée des comptes fermés");
        browser.clickAndWaitForAjax(By.id("findingForm:save"));
        browser.waitFor(By.cssSelector("#findings li[data-severity='SERIOUS']"));
        browser.clickAndWaitForAjax(By.id("fileForm:notify"));
        browser.clickAndWaitForAjax(By.id("fileForm:confirmYes"));
        inspectionStatus(browser, "MINUTES_NOTIFIED");
        Path dir = Files.createTempDirectory("observations");
        Path pdf = dir.resolve("observations.pdf");
        Files.write(
                pdf,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        try {
            inspectionDialog(browser, "observations", "observationsForm");
            browser.driver()
                    .findElement(By.cssSelector("input[type='file'][id^='observationsForm:file']"))
                    .sendKeys(pdf.toString());
            browser.clickAndWaitForAjax(By.id("observationsForm:save"));
            inspectionStatus(browser, "OBSERVATIONS_CLOSED");
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }

        // The head closes the inspection with a referral to the restricted committee: a sanction case opens.
        switchTo(browser, "head");
        browser.open("/inspections/file.xhtml?reference=" + inspection);
        inspectionDialog(browser, "close", "closeForm");
        browser.choose("closeForm:outcome", "Saisine de la formation restreinte");
        browser.type(By.id("closeForm:reason"), "Manquement grave et persistant");
        browser.clickAndWaitForAjax(By.id("closeForm:save"));
        inspectionStatus(browser, "CLOSED");

        // The president follows the related case from the inspection, refers it and appoints the rapporteur.
        switchTo(browser, "president");
        browser.open("/inspections/file.xhtml?reference=" + inspection);
        WebElement toCase = browser.waitFor(By.cssSelector("li.vg-linked-case[data-case^='sanctions:']"));
        String sanction = toCase.getAttribute("data-case").substring("sanctions:".length());
        browser.clickAndWaitForPage(By.cssSelector("li.vg-linked-case[data-case='sanctions:" + sanction + "'] a"));
        assertEquals("/sanctions/case.xhtml", browser.path());
        assertEquals(sanction, reference(browser.url()));
        sanctionStatus(browser, "AWAITING_REFERRAL");
        assertTrue(
                browser.text(By.cssSelector("a[id$='originInspection']")).contains(inspection),
                "the case links the inspection it came from");
        sanctionAct(browser, "REFER");
        browser.type(By.id("actForm:reason"), "Manquement constaté lors du contrôle");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        sanctionStatus(browser, "REFERRED");
        sanctionAct(browser, "APPOINT_RAPPORTEUR");
        browser.type(By.id("actForm:rapporteur"), "rapporteur");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        sanctionStatus(browser, "INSTRUCTION");

        // The rapporteur notifies the report and records the organisation's reply.
        switchTo(browser, "rapporteur");
        browser.open("/sanctions/case.xhtml?reference=" + sanction);
        sanctionAct(browser, "NOTIFY_REPORT");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        sanctionStatus(browser, "REPORT_NOTIFIED");
        sanctionAct(browser, "RECORD_REPLY");
        browser.type(By.id("actForm:on_input"), TODAY.toString());
        browser.driver().findElement(By.id("actForm:on_input")).sendKeys(Keys.TAB);
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        sanctionStatus(browser, "REPLY_RECEIVED");

        // The chair of the restricted committee takes the simplified procedure and decides.
        switchTo(browser, "sanctionschair");
        browser.open("/sanctions/case.xhtml?reference=" + sanction);
        sanctionAct(browser, "CHOOSE_SIMPLIFIED");
        browser.type(By.id("actForm:reason"), "Faits simples et établis");
        browser.clickAndWaitForAjax(By.id("actForm:confirm"));
        browser.waitFor(By.cssSelector("#header[data-procedure='SIMPLIFIED']"));
        browser.open("/sanctions/deliberation.xhtml?reference=" + sanction);
        WebElement fine = browser.waitFor(By.id("decisionForm:fine_input"));
        fine.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        fine.sendKeys(Keys.DELETE);
        fine.sendKeys("15000");
        fine.sendKeys(Keys.TAB);
        browser.type(By.id("decisionForm:decisionReasons"), "Conservation sans limite de durée");
        browser.clickAndWaitForAjax(By.id("decisionForm:decide"));
        sanctionStatus(browser, "DECIDED");

        // The decision is seen from the inspection (head) and from the complaint (handler), with links.
        switchTo(browser, "head");
        browser.open("/inspections/file.xhtml?reference=" + inspection);
        WebElement decided = linked(browser, "sanctions:" + sanction);
        assertTrue(decided.getText().contains(sanction) && decided.getText().contains("Décidé"), decided.getText());
        assertTrue(
                decided.findElement(By.tagName("a"))
                        .getAttribute("href")
                        .endsWith("/sanctions/case.xhtml?reference=" + sanction),
                "a link to the sanction case");
        assertTrue(browser.isPresent(By.id("fileForm:originComplaint")), "the inspection links its complaint");

        switchTo(browser, "handler");
        browser.open("/complaints/file.xhtml?reference=" + complaint);
        WebElement fromComplaint = linked(browser, "inspections:" + inspection);
        assertTrue(fromComplaint.getText().contains("Clôturé"), fromComplaint.getText());
        WebElement decisionFromComplaint = linked(browser, "sanctions:" + sanction);
        assertTrue(decisionFromComplaint.getText().contains("Décidé"), decisionFromComplaint.getText());
        assertTrue(
                decisionFromComplaint
                        .findElement(By.tagName("a"))
                        .getAttribute("href")
                        .contains("/sanctions/case.xhtml?reference=" + sanction),
                "a link to the sanction case");

        // Both sides of each hop are in the audit trail.
        assertAudited("complaints:" + complaint, "COMPLAINT_CLOSED");
        assertAudited("inspections:" + inspection, "INSPECTION_FROM_COMPLAINT");
        assertAudited("inspections:" + inspection, "INSPECTION_FOLLOW_UP_PUBLISHED");
        assertAudited("sanctions:" + sanction, "SANCTION_CASE_OPENED");
    }

    private static void assertAudited(String caseRef, String action) throws SQLException {
        try (Connection c = ItDatabase.superuser().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM platform.audit_entry WHERE case_ref = ? AND action = ?")) {
            s.setString(1, caseRef);
            s.setString(2, action);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), action + " on " + caseRef);
            }
        }
    }
}
