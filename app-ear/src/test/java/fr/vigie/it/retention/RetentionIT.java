package fr.vigie.it.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import fr.vigie.it.RunningVigie;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Vigie's own retention schedule (issue 20): a closed complaint past its period is pseudonymised and
 * still counted in the reports; a held one is untouched; a second run changes nothing; the audit
 * chain verifies after the erasure. Periods stay at their defaults (24 months to pseudonymise, 60
 * to delete the file); the complaints are moved back in time instead, so that the demo data (closed
 * days ago) is never reached.
 */
class RetentionIT extends RunningVigie {
    private static final String PSEUDONYM = "Plaignant pseudonymisé";

    @Test
    void aClosedComplaintPastItsPeriodIsPseudonymisedAndStillCounted() throws SQLException {
        String name = "Hélène Vasseur";
        String reference = ClosedComplaints.closed(name, ClosedComplaints.uniqueEmail("helene"), "NO_BREACH");
        ClosedComplaints.closedMonthsAgo(reference, 30);
        long dueBefore = due("NO_BREACH", "PSEUDONYMISE");
        assertTrue(dueBefore >= 1, "the dry run counts the complaint: " + dueBefore);
        assertEquals(
                name,
                ClosedComplaints.file(reference).getJsonObject("complainant").getString("name"),
                "the dry run changed nothing");

        JsonObject run = runNow();
        assertEquals("DONE", run.getString("outcome"), run.toString());
        assertTrue(run.getInt("pseudonymised") >= dueBefore, run.toString());
        assertEquals(0, due("NO_BREACH", "PSEUDONYMISE"), "nothing left due on that line");

        JsonObject file = ClosedComplaints.file(reference);
        JsonObject complainant = file.getJsonObject("complainant");
        assertEquals(PSEUDONYM, complainant.getString("name"));
        assertTrue(absent(complainant, "email"), complainant.toString());
        assertTrue(absent(complainant, "postalAddress"), complainant.toString());
        assertFalse(file.getString("facts").contains("Vasseur"), file.getString("facts"));
        assertFalse(file.toString().contains("Vasseur"), "no free text names her any more: " + file);
        assertEquals("CLOSED", file.getString("status"));
        assertEquals("NO_BREACH", file.getString("outcome"));
        assertEquals(1, reportedClosed(reference), "the reports still count the complaint");

        assertEquals(0, auditReasonsNaming(reference, "Vasseur"), "the audit trail's reasons no longer name her");
        JsonObject chain = Api.as("auditor").get("audit/verify").json();
        assertTrue(chain.getBoolean("intact"), chain.toString());

        long version = file.getJsonNumber("version").longValue();
        JsonObject again = runNow();
        assertEquals("DONE", again.getString("outcome"), again.toString());
        assertEquals(
                version,
                ClosedComplaints.file(reference).getJsonNumber("version").longValue(),
                "a second run leaves the complaint as it is");
        String batches = Api.as("auditor")
                .get("audit?action=RETENTION_BATCH_APPLIED&size=50")
                .text();
        assertFalse(batches.contains("Vasseur"), "a batch's entry holds counts, never the erased values");
    }

    @Test
    void aHeldComplaintIsUntouchedUntilTheHoldIsReleased() throws SQLException {
        String name = "Gaspard Lemoine";
        String reference =
                ClosedComplaints.closed(name, ClosedComplaints.uniqueEmail("gaspard"), "RESOLVED_AFTER_INTERVENTION");
        ClosedComplaints.closedMonthsAgo(reference, 70);
        Api.Reply held = Api.as("admin")
                .postJson(
                        "retention/holds",
                        "{\"caseRef\":\"complaints:" + reference
                                + "\",\"kind\":\"APPEAL\",\"reason\":\"Recours devant le Conseil d’État\"}");
        assertEquals(201, held.status(), held.toString());
        Api.Reply twice = Api.as("admin")
                .postJson(
                        "retention/holds",
                        "{\"caseRef\":\"complaints:" + reference + "\",\"kind\":\"APPEAL\",\"reason\":\"Encore\"}");
        assertEquals(422, twice.status(), twice.toString());
        assertTrue(twice.contentType().startsWith("application/problem+json"), twice.toString());

        runNow();
        assertEquals(
                name,
                ClosedComplaints.file(reference).getJsonObject("complainant").getString("name"),
                "the hold kept the complaint whole");
        Api.Reply erase = Api.as("admin")
                .postJson(
                        "retention/subjects/erase",
                        "{\"request\":\"DPO-IT-1\",\"caseRef\":\"complaints:" + reference
                                + "\",\"reason\":\"Demande d’effacement\"}");
        assertEquals(422, erase.status(), erase.toString());
        assertTrue(erase.text().contains("caseRef"), erase.toString());

        JsonObject hold = Api.as("admin").get("retention/holds").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(h -> h.getJsonObject("caseRef").getString("reference").equals(reference))
                .findFirst()
                .orElseThrow();
        Api.Reply stale = Api.as("admin")
                .postJson(
                        "retention/holds/" + hold.getJsonNumber("id") + "/release",
                        "{\"version\":" + (hold.getInt("version") + 1) + ",\"reason\":\"Recours rejeté\"}");
        assertEquals(409, stale.status(), "a release on a stale version is a conflict: " + stale);
        Api.Reply released = Api.as("admin")
                .postJson(
                        "retention/holds/" + hold.getJsonNumber("id") + "/release",
                        "{\"version\":" + hold.getInt("version") + ",\"reason\":\"Recours rejeté\"}");
        assertEquals(204, released.status(), released.toString());

        JsonObject run = runNow();
        assertTrue(run.getInt("filesDeleted") >= 1, run.toString());
        assertEquals(
                PSEUDONYM,
                ClosedComplaints.file(reference).getJsonObject("complainant").getString("name"));
        String audit = Api.as("auditor")
                .get("audit?caseRef=complaints:" + reference + "&size=100")
                .text();
        assertTrue(audit.contains("LEGAL_HOLD_PLACED") && audit.contains("LEGAL_HOLD_RELEASED"), audit);
    }

    @Test
    void theScheduleIsChangedWithAReasonAndCheckedOnItsFields() {
        JsonObject line = Api.as("admin").get("retention/schedule").jsonStructure().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("module").equals("complaints")
                        && r.getString("outcome").equals("REFERRED_TO_SANCTIONS"))
                .findFirst()
                .orElseThrow();
        long version = line.getJsonNumber("version").longValue();
        int pseudonymise = line.getInt("pseudonymiseAfterMonths");
        String path = "retention/schedule/complaints/COMPLAINT/REFERRED_TO_SANCTIONS";

        Api.Reply backwards = Api.as("admin")
                .putJson(
                        path,
                        "{\"version\":" + version
                                + ",\"pseudonymiseAfterMonths\":90,\"deleteFileAfterMonths\":80,\"reason\":\"Essai\"}");
        assertEquals(422, backwards.status(), backwards.toString());
        assertTrue(backwards.text().contains("deleteFileAfter"), backwards.toString());
        Api.Reply noReason = Api.as("admin")
                .putJson(
                        path,
                        "{\"version\":" + version + ",\"pseudonymiseAfterMonths\":" + (pseudonymise + 1)
                                + ",\"deleteFileAfterMonths\":120}");
        assertEquals(422, noReason.status(), noReason.toString());
        Api.Reply stale = Api.as("admin")
                .putJson(
                        path,
                        "{\"version\":" + (version + 7) + ",\"pseudonymiseAfterMonths\":" + (pseudonymise + 1)
                                + ",\"deleteFileAfterMonths\":120,\"reason\":\"Tableau de gestion 2027\"}");
        assertEquals(409, stale.status(), stale.toString());

        Api.Reply changed = Api.as("admin")
                .putJson(
                        path,
                        "{\"version\":" + version + ",\"pseudonymiseAfterMonths\":" + (pseudonymise + 1)
                                + ",\"deleteFileAfterMonths\":120,\"reason\":\"Tableau de gestion 2027\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(pseudonymise + 1, changed.json().getInt("pseudonymiseAfterMonths"));
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue());
        String audit = Api.as("auditor")
                .get("audit?action=RETENTION_RULE_CHANGED&size=20")
                .text();
        assertTrue(audit.contains("Tableau de gestion 2027"), audit);
    }

    @Test
    void onlyAdministratorsChangeAndAuditorsRead() {
        assertEquals(403, Api.as("handler").get("retention/schedule").status());
        assertEquals(403, Api.as("manager").get("retention/plan").status());
        assertEquals(200, Api.as("auditor").get("retention/plan").status());
        assertEquals(
                403,
                Api.as("auditor")
                        .postJson("retention/runs", "{\"reason\":\"x\"}")
                        .status());
        assertEquals(
                403,
                Api.as("auditor")
                        .postJson("retention/subjects/search", "{\"request\":\"x\",\"name\":\"Martin\"}")
                        .status());
        assertEquals(401, Api.anonymous().get("retention/schedule").status());
    }

    /** JSON-B leaves a null value out. */
    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static JsonObject runNow() {
        Api.Reply run = Api.as("admin").postJson("retention/runs", "{\"reason\":\"Essai d’intégration\"}");
        assertEquals(200, run.status(), run.toString());
        return run.json();
    }

    private static long due(String outcome, String step) {
        JsonArray plan = Api.as("admin").get("retention/plan").jsonStructure().asJsonArray();
        return plan.stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("module").equals("complaints")
                        && l.getString("outcome").equals(outcome)
                        && l.getString("step").equals(step))
                .mapToLong(l -> l.getJsonNumber("due").longValue())
                .sum();
    }

    private static int reportedClosed(String reference) throws SQLException {
        try (Connection su = ItDatabase.superuser().getConnection();
                PreparedStatement s = su.prepareStatement(
                        "SELECT count(*) FROM complaints.report_case WHERE case_ref = ? AND closed_on IS NOT NULL")) {
            s.setString(1, "complaints:" + reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int auditReasonsNaming(String reference, String word) throws SQLException {
        try (Connection su = ItDatabase.superuser().getConnection();
                PreparedStatement s = su.prepareStatement(
                        "SELECT count(*) FROM platform.audit_entry WHERE case_ref = ? AND reason LIKE ?")) {
            s.setString(1, "complaints:" + reference);
            s.setString(2, "%" + word + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
