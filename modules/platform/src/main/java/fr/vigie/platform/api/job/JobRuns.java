package fr.vigie.platform.api.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a scheduled job run once per due time across the servers of a cluster (docs/cluster.md,
 * "Scheduled jobs"). Every server's timer fires; each one {@link #claim claims} the run in
 * {@code platform.job_run}, whose primary key is (job, due time), with {@code INSERT ... ON CONFLICT
 * DO NOTHING}: only the first server gets its row in, the others learn that the run is taken. The
 * row says which server ran it, when it started and when it finished (still empty: the run is under
 * way, or its server died), for the operator.
 *
 * <p><b>The due time</b> is the timer's scheduled time. Every {@code @Schedule} of Vigie fires on a
 * whole minute, and the container fires it at that minute or a little after, never before: the
 * fire time truncated to the minute ({@link #dueTime}) is the scheduled time, read on each server's
 * own clock. The servers' clocks are assumed to agree (NTP, as the audit trail already requires)
 * and to share the time zone and the schedules, so that each server names the same slot with the
 * same minute. A timer that fires a minute or more late (a server stalled that long) names another
 * minute and runs the job again: what the advisory locks still guarantee then is that the two runs
 * never overlap, and the jobs are idempotent.
 *
 * <p><b>Why an advisory lock as well.</b> {@link #claim} first takes a transaction-scoped advisory
 * lock of its own on the job's name ({@code pg_try_advisory_xact_lock}, never waiting). Without it, a
 * server whose timer fires while another server's claim is still uncommitted would have its INSERT
 * wait for that whole transaction (the job's work, minutes for a rebuild) on a timer thread and a
 * pooled connection; with it, that server sees at once that another one has the job. The jobs keep
 * their own advisory locks too: those also keep the unclaimed runs (an administrator's "run now",
 * the start-up rebuild) from overlapping a scheduled one, and guard each batch of the jobs that
 * work in several transactions.
 *
 * <p><b>Transactions.</b> A claim belongs to the transaction it is made in: a job done in one
 * transaction claims in it, so that a failed run leaves no claim behind. A job that works in several
 * transactions claims in a first one of its own, then works: a server that dies half way leaves the
 * run claimed and unfinished ({@code finished_at} empty), and the next due time catches up, as each
 * job is written to.
 *
 * <p><b>Old rows</b> go with the claims: each successful claim deletes the job's rows due more than
 * {@code vigie.jobs.runs.keep-days} days before it (a server variable, default 30, at least 1).
 */
@ApplicationScoped
public class JobRuns {
    static final String CLAIM = "INSERT INTO platform.job_run (job, due_at, server, started_at)"
            + " VALUES (?, ?, ?, clock_timestamp()) ON CONFLICT (job, due_at) DO NOTHING";
    static final String FINISH =
            "UPDATE platform.job_run SET finished_at = clock_timestamp() WHERE job = ? AND due_at = ? AND server = ?";
    static final String PURGE = "DELETE FROM platform.job_run WHERE job = ? AND due_at < ?";
    /** The lock of the claim itself, on the job's name (a job's own lock uses another key). */
    static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtextextended(?, 0))";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    /** Liberty's server name (server.xml sets it to {@code ${wlp.server.name}}). */
    @Inject
    @ConfigProperty(name = "vigie.server.name")
    Optional<String> serverName;

    @Inject
    @ConfigProperty(name = "vigie.jobs.runs.keep-days", defaultValue = "30")
    int keepDays;

    private String server;

    /** The due time of a timer that fired at {@code fired}: its minute (see the class comment). */
    public static Instant dueTime(Instant fired) {
        return fired.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Claims the run of {@code job} due at {@code due} for this server, in the current JTA
     * transaction (on the application's data source).
     *
     * @return true when this server claimed the run; false when another server has it
     */
    public boolean claim(String job, Instant due) {
        try (Connection c = dataSource.getConnection()) {
            return claim(c, job, due);
        } catch (SQLException e) {
            throw new IllegalStateException("Job run claim of " + job + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #claim(String, Instant)}, in the transaction of the given connection. */
    public boolean claim(Connection c, String job, Instant due) throws SQLException {
        return claim(c, job, due, server(), Duration.ofDays(Math.max(1, keepDays)));
    }

    /** Records that this server finished the run it claimed, in the current JTA transaction. */
    public void finished(String job, Instant due) {
        try (Connection c = dataSource.getConnection()) {
            finished(c, job, due);
        } catch (SQLException e) {
            throw new IllegalStateException("Job run end of " + job + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #finished(String, Instant)}, in the transaction of the given connection. */
    public void finished(Connection c, String job, Instant due) throws SQLException {
        finished(c, job, due, server());
    }

    /**
     * The claim itself, plain JDBC (the integration test calls it as the application's role).
     *
     * @param keep how long the job's older runs stay recorded
     */
    public static boolean claim(Connection c, String job, Instant due, String server, Duration keep)
            throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setString(1, "vigie.job-run:" + job);
            try (ResultSet r = lock.executeQuery()) {
                r.next();
                if (!r.getBoolean(1)) {
                    return false; // another server is claiming or running this job right now
                }
            }
        }
        boolean claimed;
        try (PreparedStatement insert = c.prepareStatement(CLAIM)) {
            insert.setString(1, job);
            insert.setObject(2, due.atOffset(ZoneOffset.UTC));
            insert.setString(3, server);
            claimed = insert.executeUpdate() == 1;
        }
        if (claimed) {
            try (PreparedStatement purge = c.prepareStatement(PURGE)) {
                purge.setString(1, job);
                purge.setObject(2, due.minus(keep).atOffset(ZoneOffset.UTC));
                purge.executeUpdate();
            }
        }
        return claimed;
    }

    /** Sets the end of the run this server claimed (plain JDBC). */
    public static void finished(Connection c, String job, Instant due, String server) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(FINISH)) {
            update.setString(1, job);
            update.setObject(2, due.atOffset(ZoneOffset.UTC));
            update.setString(3, server);
            update.executeUpdate();
        }
    }

    /** This server as the table names it: Liberty's server name and the host, e.g. {@code vigie-a@app1}. */
    String server() {
        if (server == null) {
            server = serverLabel(serverName, host());
        }
        return server;
    }

    static String serverLabel(Optional<String> name, String host) {
        // An unresolved ${...} (a server.xml without the variable's default) names nobody: the JVM's pid does.
        String liberty = name.filter(n -> !n.isBlank() && !n.contains("${"))
                .orElseGet(() -> "pid" + ProcessHandle.current().pid());
        String label = liberty + "@" + host;
        return label.length() <= 200 ? label : label.substring(0, 200);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
    }
}
