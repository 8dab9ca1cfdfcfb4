package fr.vigie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.job.JobRuns;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The claim of a scheduled job's run (docs/cluster.md "Scheduled jobs") on the migrated database, as
 * the application's role: once per job and due time, whoever asks second.
 */
class JobRunsIT extends RunningVigie {
    private static final Duration KEEP = Duration.ofDays(30);
    private static final Instant DUE = Instant.parse("2026-03-02T02:10:00Z");

    @Test
    void aDueTimeIsClaimedOnceAndAnotherDueTimeAgain() throws SQLException {
        String job = "it job " + System.nanoTime();
        try (Connection a = app();
                Connection b = app()) {
            assertTrue(JobRuns.claim(a, job, DUE, "it-a@host", KEEP), "the first claim");
            a.commit();
            assertFalse(JobRuns.claim(b, job, DUE, "it-b@host", KEEP), "the same due time, claimed already");
            b.commit();
            assertTrue(JobRuns.claim(b, job, DUE.plusSeconds(900), "it-b@host", KEEP), "the next due time");
            b.commit();
            assertEquals(List.of("2026-03-02T02:10:00Z it-a@host", "2026-03-02T02:25:00Z it-b@host"), runs(a, job));
        }
    }

    @Test
    void aServerDoesNotWaitForAClaimNotYetCommitted() throws SQLException {
        String job = "it job " + System.nanoTime();
        try (Connection a = app();
                Connection b = app()) {
            assertTrue(JobRuns.claim(a, job, DUE, "it-a@host", KEEP));
            // A's transaction is still open (its job at work): B's answer comes at once, not after A's commit.
            long t = System.nanoTime();
            assertFalse(JobRuns.claim(b, job, DUE, "it-b@host", KEEP));
            assertTrue(Duration.ofNanos(System.nanoTime() - t).toSeconds() < 5, "no wait");
            b.commit();
            a.rollback();
            // A's run failed and rolled back: its claim went with it, so the run is still to be claimed.
            assertTrue(JobRuns.claim(b, job, DUE, "it-b@host", KEEP), "claimable again after a rollback");
            b.commit();
        }
    }

    @Test
    void theEndIsRecordedAndOldRunsGoWithTheNextClaims() throws SQLException {
        String job = "it job " + System.nanoTime();
        try (Connection a = app()) {
            assertTrue(JobRuns.claim(a, job, DUE, "it-a@host", KEEP));
            JobRuns.finished(a, job, DUE, "it-a@host");
            a.commit();
            try (PreparedStatement s = a.prepareStatement(
                    "SELECT started_at, finished_at FROM platform.job_run WHERE job = ? AND due_at = ?")) {
                s.setString(1, job);
                s.setObject(2, DUE.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    assertNotNull(r.getTimestamp(2), "finished");
                    assertFalse(r.getTimestamp(2).before(r.getTimestamp(1)), "finished after it started");
                }
            }
            a.commit();
            // 30 days kept: a claim 30 days later keeps the first run, one a minute after that deletes it.
            Instant thirtyDaysOn = DUE.plus(KEEP);
            assertTrue(JobRuns.claim(a, job, thirtyDaysOn, "it-a@host", KEEP));
            a.commit();
            assertEquals(2, runs(a, job).size(), runs(a, job).toString());
            assertTrue(JobRuns.claim(a, job, thirtyDaysOn.plusSeconds(60), "it-a@host", KEEP));
            a.commit();
            assertEquals(
                    List.of(thirtyDaysOn + " it-a@host", thirtyDaysOn.plusSeconds(60) + " it-a@host"), runs(a, job));
        }
    }

    private static Connection app() throws SQLException {
        Connection c = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app");
        c.setAutoCommit(false);
        return c;
    }

    private static List<String> runs(Connection c, String job) throws SQLException {
        List<String> runs = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT due_at, server FROM platform.job_run WHERE job = ? ORDER BY due_at")) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    runs.add(r.getTimestamp(1).toInstant() + " " + r.getString(2));
                }
            }
        }
        c.commit();
        return runs;
    }
}
