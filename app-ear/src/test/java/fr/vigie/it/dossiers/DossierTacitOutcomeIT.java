package fr.vigie.it.dossiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * National procedure: when the committee lets its month pass, its opinion is deemed favourable and
 * the authority's 2 months start; when the authority lets them pass, the authorisation is deemed
 * given. EHDS: when the applicant lets the 4 weeks to complete an incomplete application pass, the
 * application is deemed withdrawn (Art. 67). Time is driven by an administrator's correction of the
 * clock's start event: the period really runs out by the calendar.
 */
class DossierTacitOutcomeIT extends RunningVigie {

    private static JsonObject clock(String reference, String policy) {
        JsonArray clocks = Api.as("instructor")
                .get("dossiers/" + reference + "/clocks")
                .jsonStructure()
                .asJsonArray();
        return clocks.stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("policyCode").equals(policy))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void aSilentCommitteeGivesATacitFavourableOpinionThenASilentAuthorityATacitAuthorisation() throws SQLException {
        String ref = Dossiers.create("NATIONAL", true).getString("reference");
        JsonObject review = Dossiers.act(ref, "complete", null);
        assertEquals("COMMITTEE_REVIEW", review.getString("status"));
        JsonObject opinionClock = clock(ref, "NATIONAL_COMMITTEE_OPINION");
        assertEquals(
                LocalDate.now().plusMonths(1).toString().substring(0, 7),
                opinionClock.getString("dueDate").substring(0, 7));

        // The committee's month really ran out (its start corrected six months back): the platform
        // announces the expiry and the law's outcome follows at once, as it would from the hourly job.
        Dossiers.expire(opinionClock.getJsonNumber("id").longValue());

        JsonObject afterOpinion = Dossiers.get(ref);
        assertEquals("DECISION_PENDING", afterOpinion.getString("status"));
        assertEquals("TACIT_FAVOURABLE", afterOpinion.getJsonObject("opinion").getString("kind"));
        assertTrue(afterOpinion.getJsonObject("opinion").getBoolean("tacit"), "shown as tacit");
        JsonArray history = afterOpinion.getJsonArray("history");
        assertEquals("TACIT_OPINION", history.getJsonObject(history.size() - 1).getString("type"));
        assertEquals(
                "system",
                history.getJsonObject(history.size() - 1).getString("actor"),
                "the law's act, not the admin's");
        assertEquals("STOPPED", clock(ref, "NATIONAL_COMMITTEE_OPINION").getString("state"));
        JsonObject decisionClock = clock(ref, "NATIONAL_AUTHORISATION_DECISION");
        assertEquals("RUNNING", decisionClock.getString("state"));
        // Loi 78-17 art. 66 as the policy states it: the authority's two months run from the end of the
        // committee's month when its opinion is deemed favourable, not from the day the system noticed.
        assertEquals(
                clock(ref, "NATIONAL_COMMITTEE_OPINION").getString("dueDate"),
                decisionClock.getString("startEvent"),
                "the decision period starts on the last day of the committee's month");
        assertTrue(Api.as("auditor").get("audit?caseRef=dossiers:" + ref).text().contains("DOSSIER_TACIT_OPINION"));

        Dossiers.expire(decisionClock.getJsonNumber("id").longValue());
        // the period ran out in silence: no decision can overtake the authorisation (the domain's
        // refusal on the day after the last day is TacitOutcomeTest's)
        Api.Reply overtaken = Dossiers.tryAct(
                "instructor", ref, "grant", "\"expiresOn\":\"" + LocalDate.now().plusYears(1) + "\"");
        assertEquals(422, overtaken.status(), overtaken.toString());
        Dossiers.runClockJob();
        JsonObject afterDecision = Dossiers.get(ref);
        assertEquals("DATA_PREPARATION", afterDecision.getString("status"));
        assertEquals(
                "TACIT_AUTHORISATION", afterDecision.getJsonObject("decision").getString("kind"));
        assertTrue(afterDecision.getJsonObject("decision").getBoolean("tacit"));
        assertTrue(
                Api.as("auditor").get("audit?caseRef=dossiers:" + ref).text().contains("DOSSIER_TACIT_AUTHORISATION"));
        // Silence meaning acceptance is the law's effect, not the authority's breach: the periods expired,
        // nobody was warned of a breach.
        assertEquals(
                List.of("EXPIRED"),
                expiriesRecorded(
                        "dossiers:" + ref, opinionClock.getJsonNumber("id").longValue()));
        assertEquals(
                List.of("EXPIRED"),
                expiriesRecorded(
                        "dossiers:" + ref, decisionClock.getJsonNumber("id").longValue()));
        assertEquals(List.of(), flipsTo(opinionClock.getJsonNumber("id").longValue()), "nothing left for the job");
        assertEquals(0, breachNotices("dossiers:" + ref));
    }

    /** The statuses the batches gave a clock, in order. */
    private static List<String> flipsTo(long clockId) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT status_after FROM platform.clock_status_flip WHERE clock_id = ? ORDER BY batch_id")) {
            q.setLong(1, clockId);
            List<String> statuses = new java.util.ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
            return statuses;
        }
    }

    /** The statuses a clock's corrections left it in, from the audit trail (e.g. {@code EXPIRED}). */
    private static List<String> expiriesRecorded(String caseRef, long clockId) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT changes_json FROM platform.audit_entry"
                        + " WHERE case_ref = ? AND action = 'CLOCK_CORRECTED' ORDER BY id")) {
            q.setString(1, caseRef);
            List<String> statuses = new java.util.ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    String changes = rows.getString(1);
                    if (changes.contains("\"after\":\"" + clockId + "\"")) {
                        java.util.regex.Matcher status = java.util.regex.Pattern.compile(
                                        "\"field\":\"status\",\"before\":\"[A-Z_]+\",\"after\":\"([A-Z_]+)\"")
                                .matcher(changes);
                        statuses.add(status.find() ? status.group(1) : changes);
                    }
                }
            }
            return statuses;
        }
    }

    private static int breachNotices(String caseRef) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT count(*) FROM platform.notification"
                        + " WHERE case_ref = ? AND message_key = 'clock.notification.breached'")) {
            q.setString(1, caseRef);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void anEhdsApplicationNotCompletedWithinItsFourWeeksIsDeemedWithdrawnByTheSystem() throws SQLException {
        String ref = Dossiers.create("EHDS_ACCESS_APPLICATION", true).getString("reference");
        JsonObject incomplete = Dossiers.act(ref, "incomplete", "\"missing\":\"Protocole\"");
        assertEquals("INCOMPLETE", incomplete.getString("status"));
        long completionClock = clock(ref, "EHDS_ART_67_COMPLETE_APPLICATION")
                .getJsonNumber("id")
                .longValue();

        // The applicant's 4 weeks really ran out (the act telling them was in fact earlier): the
        // platform announces the expiry and the law's effect follows at once, as from the hourly job.
        Dossiers.expire(completionClock);

        JsonObject lapsed = Dossiers.get(ref);
        assertEquals("WITHDRAWN", lapsed.getString("status"), "deemed withdrawn (Art. 67)");
        JsonArray history = lapsed.getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("LAPSED", last.getString("type"), "its own event, not the applicant's withdrawal");
        assertEquals("system", last.getString("actor"), "the law's act, not the admin's");
        JsonObject clock = clock(ref, "EHDS_ART_67_COMPLETE_APPLICATION");
        assertEquals(completionClock, clock.getJsonNumber("id").longValue(), "no other completion clock started");
        assertEquals(
                clock.getString("dueDate"), last.getString("detail"), "the application ended on the period's last day");
        // The follower stops the expired clock: the dossier no longer waits for the applicant.
        assertEquals("STOPPED", clock.getString("state"));
        // The applicant's lapsed period is not the authority's breach: it expired, nobody was warned.
        assertEquals(List.of("EXPIRED"), expiriesRecorded("dossiers:" + ref, completionClock));
        assertEquals(0, breachNotices("dossiers:" + ref));
        assertEquals(List.of("system"), auditActors("dossiers:" + ref, "DOSSIER_LAPSED"));
        assertTrue(Api.as("auditor").get("audit?caseRef=dossiers:" + ref).text().contains("DOSSIER_LAPSED"));
        // The application has ended: completing it now is refused, a new application is needed.
        Api.Reply late = Dossiers.tryAct(Dossiers.INSTRUCTOR, ref, "submit", null);
        assertEquals(422, late.status(), late.toString());
        assertEquals("WITHDRAWN", Dossiers.get(ref).getString("status"));
    }

    /** Who recorded each audit entry of {@code action} on the case, in order. */
    private static List<String> auditActors(String caseRef, String action) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement(
                        "SELECT actor FROM platform.audit_entry WHERE case_ref = ? AND action = ? ORDER BY id")) {
            q.setString(1, caseRef);
            q.setString(2, action);
            List<String> actors = new java.util.ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    actors.add(rows.getString(1));
                }
            }
            return actors;
        }
    }

    @Test
    void aBreachOfAnEhdsDecisionClockDecidesNothing() throws SQLException {
        String ref = Dossiers.create("EHDS_ACCESS_APPLICATION", true).getString("reference");
        Dossiers.act(ref, "complete", null);
        Dossiers.expire(
                clock(ref, "EHDS_ART_68_4_PERMIT_DECISION").getJsonNumber("id").longValue());
        assertEquals("BREACHED", clock(ref, "EHDS_ART_68_4_PERMIT_DECISION").getString("state"));
        assertEquals(1, breachNotices("dossiers:" + ref), "the authority's own deadline: its owner is warned");
        assertEquals(
                "DECISION_PENDING", Dossiers.get(ref).getString("status"), "silence is no decision under the EHDS");
    }
}
