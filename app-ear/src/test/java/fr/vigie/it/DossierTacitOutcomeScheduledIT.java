package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.it.dossiers.Dossiers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hourly clock status job itself (its EJB timer, at minute 5 of every hour, on a timer thread
 * with no signed-in person — not the administrator's "run now") records the tacit favourable
 * opinion of a national dossier whose committee month ran out, as the system.
 *
 * <p>The test waits for the server's next timed run, so it only runs when that run is close:
 * {@code -Dit.scheduled.wait.minutes=N} lets it wait up to N minutes; by default it is skipped (reported
 * as such), because the suite must not idle for up to an hour. In the root package so that it runs
 * first in a suite (alphabetical order): the timed run must find the breach it creates.
 */
class DossierTacitOutcomeScheduledIT extends RunningVigie {

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

    /**
     * The next start of the hourly timer ({@code minute = "5"} of the server's hour): the server's
     * time zone, {@code -Dit.server.timezone} (default Europe/Paris; config/test/jvm.options). A
     * half-hour zone such as America/St_Johns moves the timed run to minute 35 of the UTC hour,
     * which lets a run started at the wrong time of the hour still meet it.
     */
    static ZonedDateTime nextTimedRun(ZonedDateTime now) {
        ZonedDateTime next = now.truncatedTo(ChronoUnit.HOURS).withMinute(5);
        return next.isAfter(now.plusSeconds(30)) ? next : next.plusHours(1);
    }

    private static int runNowRequestsSince(Instant since) throws SQLException {
        try (Connection db = ItDatabase.superuser().getConnection();
                PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM platform.audit_entry"
                        + " WHERE action = 'CLOCK_STATUS_JOB_REQUESTED' AND occurred_at >= ?")) {
            q.setTimestamp(1, Timestamp.from(since));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void theHourlyRunRecordsTheTacitFavourableOpinionAsTheSystem() throws Exception {
        long allowed = Long.getLong("vigie.it.scheduled.wait.minutes", 0);
        java.time.ZoneId serverZone =
                java.time.ZoneId.of(System.getProperty("vigie.it.server.timezone", "Europe/Paris"));
        ZonedDateTime next = nextTimedRun(ZonedDateTime.now(serverZone));
        Duration wait = Duration.between(ZonedDateTime.now(serverZone), next);
        Assumptions.assumeTrue(
                wait.toMinutes() < allowed,
                "the next timed run of the clock status job is at " + next + " (in " + wait.toMinutes()
                        + " min); -Dit.scheduled.wait.minutes=" + allowed + " does not allow the wait");

        Instant started = Instant.now();
        String ref = Dossiers.create("NATIONAL", true).getString("reference");
        assertEquals("COMMITTEE_REVIEW", Dossiers.act(ref, "complete", null).getString("status"));
        Dossiers.expire(
                clock(ref, "NATIONAL_COMMITTEE_OPINION").getJsonNumber("id").longValue());

        // Nobody runs the job: only the timer can record the outcome.
        Instant deadline = next.toInstant().plus(Duration.ofMinutes(4));
        JsonObject dossier = Dossiers.get(ref);
        while (Instant.now().isBefore(deadline) && !"DECISION_PENDING".equals(dossier.getString("status"))) {
            Thread.sleep(5_000);
            dossier = Dossiers.get(ref);
        }

        assertEquals(
                "DECISION_PENDING", dossier.getString("status"), "tacit opinion recorded by the timed run at " + next);
        assertEquals("TACIT_FAVOURABLE", dossier.getJsonObject("opinion").getString("kind"));
        JsonArray history = dossier.getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("TACIT_OPINION", last.getString("type"));
        assertEquals("system", last.getString("actor"), "the law's outcome is the system's act");
        assertEquals("STOPPED", clock(ref, "NATIONAL_COMMITTEE_OPINION").getString("state"));
        assertEquals("RUNNING", clock(ref, "NATIONAL_AUTHORISATION_DECISION").getString("state"));
        JsonObject audit = Api.as("auditor")
                .get("audit?caseRef=dossiers:" + ref + "&actor=system&action=DOSSIER_TACIT_OPINION")
                .json();
        assertEquals(1, audit.getJsonNumber("total").intValue(), audit.toString());
        assertEquals(0, runNowRequestsSince(started), "no administrator ran the job meanwhile: the timer did");
        assertTrue(Instant.now().isAfter(next.toInstant().minusSeconds(60)), "recorded at the timed run, not before");
    }
}
