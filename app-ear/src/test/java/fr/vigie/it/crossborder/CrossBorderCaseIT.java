package fr.vigie.it.crossborder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-border cases on the running application: the Regulation's investigation clock on a case
 * opened ex officio on 3 April 2027 and none on one opened on 2 April (Regulation (EU) 2025/2518
 * Art. 36: Chapter III for investigations opened after 2 April 2027), the cooperation procedure with its
 * Art. 60(4)/(5) clocks, optimistic locking, problems on bad input, and the audit trail.
 */
class CrossBorderCaseIT extends RunningVigie {

    @Test
    void aCaseOpenedOnTheThirdOfAprilGetsTheRegulationsInvestigationClock() {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-03", "FR", CrossBorderCases.uniqueOrganisation());
        assertEquals("GDPR_AND_REGULATION_2025_2518", c.getString("rules"));
        assertEquals("LEAD", c.getString("role"));
        assertTrue(c.getJsonArray("acts").toString().contains("confirm-competence"), c.toString());

        c = CrossBorderCases.act("rapporteur", c, "confirm-competence", "2027-04-05", null, null);

        JsonObject investigation =
                CrossBorderCases.clock(c, "GDPR_PR_INVESTIGATION").orElseThrow();
        assertEquals("2027-04-05", investigation.getString("startEvent"));
        assertEquals("2028-07-05", investigation.getString("dueDate"), "15 months from the confirmed competence");
        assertEquals("2028-07-05", c.getString("investigationDueOn"));
        assertTrue(
                CrossBorderCases.clock(c, "GDPR_PR_ART_6_2_SIMPLE_COOPERATION_NOTICE")
                        .isPresent(),
                c.toString());
    }

    /** Regulation (EU) 2025/2518 Art. 12(3): the lead extends its investigation deadline once, with reasons. */
    @Test
    void theLeadExtendsTheInvestigationDeadlineOnceThroughTheApi() {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-03", "FR", CrossBorderCases.uniqueOrganisation());
        c = CrossBorderCases.act("rapporteur", c, "confirm-competence", "2027-04-05", null, null);
        assertTrue(c.getJsonArray("acts").toString().contains("extend-investigation-deadline"), c.toString());
        long version = c.getJsonNumber("version").longValue();

        Api.Reply tooLong = extend(c, version, 13, "2027-05-03", "Affaire complexe");
        assertEquals(422, tooLong.status(), tooLong.toString());
        assertTrue(tooLong.contentType().startsWith("application/problem+json"), tooLong.toString());
        assertEquals(
                "months", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(422, extend(c, version, 12, "2027-05-03", null).status(), "reasons are required");
        assertEquals(
                409,
                extend(c, version - 1, 12, "2027-05-03", "Affaire complexe").status());

        Api.Reply extended = extend(c, version, 12, "2027-05-03", "Affaire complexe : plusieurs traitements en cause");
        assertEquals(200, extended.status(), extended.toString());
        c = extended.json();
        JsonObject investigation =
                CrossBorderCases.clock(c, "GDPR_PR_INVESTIGATION").orElseThrow();
        assertEquals("2029-07-05", investigation.getString("dueDate"), "15 + 12 months from 5 April 2027");
        assertEquals("2029-07-05", c.getString("investigationDueOn"));
        assertFalse(c.getJsonArray("acts").toString().contains("extend-investigation-deadline"), c.toString());

        Api.Reply again = extend(c, c.getJsonNumber("version").longValue(), 1, "2027-05-04", "Encore");
        assertEquals(422, again.status(), again.toString());
    }

    private static Api.Reply extend(JsonObject file, long version, int months, String date, String reason) {
        String body = "{\"version\":" + version + ",\"months\":" + months + ",\"date\":\"" + date + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        return Api.as("rapporteur")
                .postJson(
                        "cross-border-cases/" + file.getString("reference") + "/acts/extend-investigation-deadline",
                        body);
    }

    @Test
    void aCaseOpenedOnTheSecondOfAprilKeepsTheOldRulesAndGetsNoRegulationClock() {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-02", "FR", CrossBorderCases.uniqueOrganisation());
        assertEquals("GDPR_ONLY", c.getString("rules"));

        c = CrossBorderCases.act("rapporteur", c, "confirm-competence", "2027-04-05", null, null);

        assertEquals(List.of(), c.getJsonArray("clocks"), "no investigation deadline, no Art. 6(2) notice");
        assertFalse(c.containsKey("investigationDueOn") && !c.isNull("investigationDueOn"), c.toString());
        assertFalse(c.getJsonArray("acts").toString().contains("apply-simple-cooperation"), c.toString());
        assertTrue(c.getJsonArray("acts").toString().contains("submit-draft-decision"), c.toString());
    }

    /**
     * The whole procedure on a case the CNIL leads. Acts are recorded on the day they happen (the
     * platform refuses to end a clock on a future day), so the case is one opened in 2026, under the
     * GDPR alone: its Art. 60(4)/(5) clocks are the same under both rules.
     */
    @Test
    void theLeadCaseGoesThroughObjectionAndRevisedDraftWithTheArticle60Clocks() {
        JsonObject c = CrossBorderCases.open("rapporteur", "2026-06-01", "FR", CrossBorderCases.uniqueOrganisation());
        c = addConcerned(c, "DE");
        c = CrossBorderCases.act("rapporteur", c, "confirm-competence", "2026-06-15", null, null);
        assertEquals(List.of(), c.getJsonArray("clocks"), "no investigation deadline under the GDPR alone");
        c = CrossBorderCases.act("rapporteur", c, "share-summary-of-key-issues", "2026-07-01", null, null);
        c = CrossBorderCases.act("rapporteur", c, "issue-preliminary-findings", "2026-08-03", null, null);
        c = CrossBorderCases.act("rapporteur", c, "record-parties-heard", "2026-09-01", null, null);
        c = CrossBorderCases.act("rapporteur", c, "submit-draft-decision", "2026-10-01", null, null);

        JsonObject art604 = CrossBorderCases.clock(c, "GDPR_ART_60_4_OBJECTION").orElseThrow();
        assertEquals("2026-10-01", art604.getString("startEvent"));
        assertEquals("2026-10-29", art604.getString("dueDate"), "four weeks");

        c = CrossBorderCases.act(
                "rapporteur", c, "record-objection", "2026-10-20", "DE", "Objection pertinente et motivée");
        assertEquals("[\"DE\"]", c.getJsonArray("objections").toString());
        assertFalse(c.getJsonArray("acts").toString().contains("adopt-final-decision"), "an objection is pending");
        c = CrossBorderCases.act("rapporteur", c, "submit-revised-draft", "2026-11-02", null, "L'objection est suivie");
        assertEquals("REVISED_DRAFT_SUBMITTED", c.getString("stage"));
        assertTrue(CrossBorderCases.clock(c, "GDPR_ART_60_4_OBJECTION")
                .orElseThrow()
                .containsKey("endedOn"));
        JsonObject art605 = CrossBorderCases.clock(c, "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION")
                .orElseThrow();
        assertEquals("2026-11-02", art605.getString("startEvent"));
        assertEquals("2026-11-16", art605.getString("dueDate"), "two weeks");
        c = CrossBorderCases.act("president", c, "adopt-final-decision", "2026-11-20", null, null);
        assertTrue(CrossBorderCases.clock(c, "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION")
                .orElseThrow()
                .containsKey("endedOn"));
        c = CrossBorderCases.act("president", c, "close", "2026-12-01", null, "Décision notifiée");
        assertEquals("CLOSED", c.getString("stage"));
        assertEquals(List.of(), c.getJsonArray("acts"));

        String audit = Api.as("auditor")
                .get("audit?caseRef=crossborder:" + c.getString("reference") + "&size=100")
                .text();
        for (String action : List.of(
                "CROSSBORDER_OPEN",
                "CROSSBORDER_CONFIRM_COMPETENCE",
                "CROSSBORDER_RECORD_OBJECTION",
                "CROSSBORDER_SUBMIT_REVISED_DRAFT",
                "CROSSBORDER_CLOSE")) {
            assertTrue(audit.contains(action), action + " in " + audit);
        }
        assertTrue(audit.contains("Objection pertinente et motivée"), "the reason is audited: " + audit);
        assertTrue(
                c.getJsonArray("history").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(h -> "SUBMIT_REVISED_DRAFT".equals(h.getString("act"))
                                && "rapporteur".equals(h.getString("by"))),
                c.toString());
    }

    @Test
    void aClockCannotBeEndedByAnActDatedInTheFuture() {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-03", "FR", CrossBorderCases.uniqueOrganisation());
        c = CrossBorderCases.act("rapporteur", c, "confirm-competence", "2027-04-05", null, null);
        Api.Reply future =
                CrossBorderCases.tryAct("rapporteur", c, "share-summary-of-key-issues", "2027-06-01", null, null);
        assertEquals(422, future.status(), future.toString());
        assertEquals(
                "INVESTIGATING",
                Api.as("rapporteur")
                        .get("cross-border-cases/" + c.getString("reference"))
                        .json()
                        .getString("stage"),
                "nothing written");
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsWritten() {
        JsonObject seen = CrossBorderCases.open("handler", "2027-04-03", "IE", CrossBorderCases.uniqueOrganisation());
        JsonObject after = CrossBorderCases.act("handler", seen, "confirm-competence", "2027-04-05", null, null);

        Api.Reply stale =
                CrossBorderCases.tryAct("handler", seen, "share-summary-of-key-issues", "2027-05-01", null, null);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(
                "INVESTIGATING",
                Api.as("handler")
                        .get("cross-border-cases/" + after.getString("reference"))
                        .json()
                        .getString("stage"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Api.Reply unknownLead = Api.as("handler")
                .postJson(
                        "cross-border-cases",
                        "{\"openedOn\":\"2027-04-03\",\"lead\":\"XX\",\"organisationName\":\"X\"}");
        assertEquals(422, unknownLead.status(), unknownLead.toString());
        assertTrue(unknownLead.contentType().startsWith("application/problem+json"), unknownLead.toString());
        assertEquals(
                "lead",
                unknownLead.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject c = CrossBorderCases.open("handler", "2027-04-03", "IE", CrossBorderCases.uniqueOrganisation());
        Api.Reply early = CrossBorderCases.tryAct("handler", c, "confirm-competence", "2027-03-01", null, null);
        assertEquals(422, early.status(), early.toString());
        assertEquals(
                "date", early.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply noReason =
                CrossBorderCases.tryAct("handler", c, "propose-early-resolution", "2027-04-05", null, null);
        assertEquals(422, noReason.status(), noReason.toString());

        assertEquals(403, Api.as("inspector").get("cross-border-cases").status());
    }

    @Test
    void theListFiltersByRoleAndStage() {
        JsonObject c = CrossBorderCases.open("handler", "2027-04-03", "IE", CrossBorderCases.uniqueOrganisation());
        JsonObject concerned = Api.as("manager")
                .get("cross-border-cases?role=CONCERNED&stage=OPENED&limit=200")
                .json();
        assertTrue(concerned.getJsonArray("rows").toString().contains(c.getString("reference")), concerned.toString());
        JsonObject lead =
                Api.as("manager").get("cross-border-cases?role=LEAD&limit=200").json();
        assertFalse(lead.getJsonArray("rows").toString().contains(c.getString("reference")));
        assertEquals(
                422, Api.as("manager").get("cross-border-cases?stage=NOWHERE").status());
    }

    @Test
    void documentsKeepTheirVersionsAndWhoReceivedWhich() {
        JsonObject c = CrossBorderCases.open("rapporteur", "2027-04-03", "FR", CrossBorderCases.uniqueOrganisation());
        c = addConcerned(c, "DE");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Reply confidential = Api.as("rapporteur")
                .post(
                        "cross-border-cases/" + c.getString("reference") + "/documents?version=" + version(c)
                                + "&title=Constatations&confidentiality=CONFIDENTIAL&date=2027-09-01&filename=c.pdf",
                        "application/pdf",
                        pdf);
        assertEquals(201, confidential.status(), confidential.toString());
        c = confidential.json();
        Api.Reply redacted = Api.as("rapporteur")
                .post(
                        "cross-border-cases/" + c.getString("reference") + "/documents?version=" + version(c)
                                + "&title=Constatations&confidentiality=NON_CONFIDENTIAL&versionOf=1&date=2027-09-01"
                                + "&filename=nc.pdf",
                        "application/pdf",
                        pdf);
        assertEquals(201, redacted.status(), redacted.toString());
        c = redacted.json();

        Api.Reply refused = Api.as("rapporteur")
                .postJson(
                        "cross-border-cases/" + c.getString("reference") + "/documents/1/sent",
                        "{\"version\":" + version(c) + ",\"date\":\"2027-09-02\",\"recipient\":\"COMPLAINANT\"}");
        assertEquals(422, refused.status(), refused.toString());
        assertEquals(
                "document",
                refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply sent = Api.as("rapporteur")
                .postJson(
                        "cross-border-cases/" + c.getString("reference") + "/documents/2/sent",
                        "{\"version\":" + version(c) + ",\"date\":\"2027-09-02\",\"recipient\":\"COMPLAINANT\"}");
        assertEquals(200, sent.status(), sent.toString());
        JsonObject row = sent.json().getJsonArray("sent").getJsonObject(0);
        assertEquals("NON_CONFIDENTIAL", row.getString("confidentiality"));
        assertEquals("COMPLAINANT", row.getString("recipient"));
        assertEquals(2, sent.json().getJsonArray("documents").size());
    }

    private static long version(JsonObject file) {
        return file.getJsonNumber("version").longValue();
    }

    private static JsonObject addConcerned(JsonObject c, String authority) {
        return CrossBorderCases.act("rapporteur", c, "add-concerned-authority", null, authority, null);
    }
}
