package fr.vigie.it.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import fr.vigie.it.browser.Browser;
import fr.vigie.it.browser.BrowserExtension;
import fr.vigie.it.crossborder.CrossBorderCases;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 19, Regulation (EU) 2025/2518 Art. 3(3): the complainant keeps dealing with this authority
 * only, so a complaint follows the cross-border case it was joined to. A complaint transmitted to the
 * lead authority opens the case through the complaints' event; each act recorded through the
 * crossborder API moves the complaint's stage (CrossBorderStageReached), as the system, in its
 * timeline and audit trail, and the final decision tells the handler to inform the complainant. The
 * complaint's file page shows the case and its stage, with a link to the case.
 */
@ExtendWith(BrowserExtension.class)
class CrossBorderStageFollowIT extends RunningVigie {
    private static final String TODAY = LocalDate.now().toString();

    private static String organisation() {
        return "Réseau suivi " + Long.toString(System.nanoTime(), 36) + " Ltd";
    }

    /** A cross-border complaint, found complete, assessed and transmitted to {@code lead} (or led here). */
    private static String handedOver(String organisation, String lead) {
        JsonObject file = CrossBorderComplaintApiIT.receive(CrossBorderComplaintApiIT.json(organisation, null, null));
        String ref = file.getString("reference");
        file = CrossBorderComplaintApiIT.act(ref, "admissible", "{\"version\":" + file.getInt("version") + "}");
        file = CrossBorderComplaintApiIT.act(
                ref,
                "assessment",
                "{\"version\":" + file.getInt("version") + ",\"crossBorder\":true,\"presumedLead\":\"" + lead
                        + "\",\"reason\":\"Établissement principal\"}");
        CrossBorderComplaintApiIT.act(
                ref, "FR".equals(lead) ? "lead-here" : "transmission", "{\"version\":" + file.getInt("version") + "}");
        return ref;
    }

    private static JsonObject complaint(String ref) {
        Api.Reply r = Api.as("handler").get("complaints/" + ref);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject crossBorderCase(String reference) {
        Api.Reply r = Api.as("handler").get("cross-border-cases/" + reference);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<JsonObject> stageEntries(JsonObject complaint) {
        return complaint.getJsonArray("timeline").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("type").equals("XB_CASE_STAGE"))
                .toList();
    }

    private static int notifications(String caseRef, String keyPattern) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM platform.notification"
                        + " WHERE recipient = 'handler' AND case_ref = ? AND message_key LIKE ?")) {
            q.setString(1, caseRef);
            q.setString(2, keyPattern);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void aTransmittedComplaintFollowsItsCaseToTheFinalDecisionAndItsHandlerIsToldToInformTheComplainant()
            throws SQLException {
        String ref = handedOver(organisation(), "IE");

        JsonObject joined = complaint(ref).getJsonObject("crossBorderCase");
        String caseReference = joined.getString("reference");
        assertTrue(caseReference.startsWith("TF-"), joined.toString());
        assertEquals("OPENED", joined.getString("stage"));
        assertEquals("CONCERNED", joined.getString("role"));
        long versionAfterJoining = complaint(ref).getJsonNumber("version").longValue();

        JsonObject file = crossBorderCase(caseReference);
        file = CrossBorderCases.act("handler", file, "confirm-competence", TODAY, null, null);
        file = CrossBorderCases.act("handler", file, "receive-draft-decision", TODAY, null, null);
        assertEquals("INVESTIGATING", stageEntries(complaint(ref)).get(1).getString("detail"));
        assertEquals(0, notifications("complaints:" + ref, "complaints.notify.xb.%"), "nothing to tell yet");

        CrossBorderCases.act("handler", file, "adopt-final-decision", TODAY, null, null);

        JsonObject after = complaint(ref);
        JsonObject followed = after.getJsonObject("crossBorderCase");
        assertEquals(caseReference, followed.getString("reference"));
        assertEquals("FINAL_DECISION_ADOPTED", followed.getString("stage"));
        assertEquals(TODAY, followed.getString("stageOn"));
        assertTrue(
                after.getJsonNumber("version").longValue() > versionAfterJoining,
                "each stage is a change of the complaint, under its version");
        List<JsonObject> entries = stageEntries(after);
        assertEquals(
                List.of("OPENED", "INVESTIGATING", "DRAFT_DECISION_SUBMITTED", "FINAL_DECISION_ADOPTED"),
                entries.stream().map(e -> e.getString("detail")).toList());
        for (JsonObject e : entries) {
            assertEquals("system", e.getString("actor"));
            assertEquals(caseReference, e.getString("reason"));
        }
        assertEquals(
                1,
                notifications("complaints:" + ref, "complaints.notify.xb.FINAL_DECISION_GDPR_ART_60"),
                "the handler who transmitted it informs the complainant of the decision (GDPR Art. 60(7)-(9))");
        String audit = Api.as("auditor").get("audit?caseRef=complaints:" + ref).text();
        assertTrue(audit.contains("COMPLAINT_XB_CASE_STAGE"), audit);
        assertTrue(audit.contains("FINAL_DECISION_ADOPTED"), audit);
    }

    @Test
    void aComplaintTheAuthorityLeadsFollowsACaseItLeads() {
        String ref = handedOver(organisation(), "FR");

        JsonObject joined = complaint(ref).getJsonObject("crossBorderCase");
        assertEquals("LEAD", joined.getString("role"));
        JsonObject file = crossBorderCase(joined.getString("reference"));
        CrossBorderCases.act("handler", file, "confirm-competence", TODAY, null, null);

        assertEquals(
                "INVESTIGATING", complaint(ref).getJsonObject("crossBorderCase").getString("stage"));
    }

    @Test
    void theComplaintsFileShowsItsCaseAndStageWithALinkToTheCase(Browser browser) {
        String ref = handedOver(organisation(), "IE");
        String caseReference = complaint(ref).getJsonObject("crossBorderCase").getString("reference");

        browser.loginAsDemo("handler");
        browser.open("/complaints/file.xhtml?reference=" + ref);
        String shown = browser.text(By.id("crossBorderCase"));
        assertTrue(shown.contains("Dossier transfrontalier " + caseReference), shown);
        assertTrue(shown.contains("étape ouverture du dossier"), shown);
        assertTrue(shown.contains("l’autorité est autorité concernée"), shown);
        browser.clickAndWaitForPage(By.cssSelector("#crossBorderCase a"));
        assertTrue(browser.url().contains("/crossborder/file.xhtml?reference=" + caseReference), browser.url());
        browser.waitFor(By.cssSelector("#header[data-stage='OPENED']"));
    }
}
