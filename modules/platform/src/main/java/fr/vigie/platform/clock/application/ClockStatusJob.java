package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.job.JobRuns;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import fr.vigie.platform.clock.persistence.BatchRecompute;
import fr.vigie.platform.clock.persistence.StatusBatches;
import fr.vigie.platform.clock.persistence.StatusSweep;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the stored statuses true as time passes: running clocks become at risk, then
 * breached, and suspended clocks see their due date move one day further each day. Owners are
 * notified (in the application, by e-mail if configured) when a clock becomes at risk or
 * breached.
 *
 * <p>Container-managed: an EJB timer every hour (a missed night, a restart or a new day is
 * caught up within the hour; a run that finds nothing to change costs one indexed scan).
 * Each range of clocks is one batch: its flips, notifications and its one audit entry are
 * written in SQL in its own transaction (see {@link BatchChanges}). Cluster-safe: each range's
 * transaction first takes the PostgreSQL transaction-scoped advisory lock
 * {@link #LOCK_KEY} with {@code pg_try_advisory_xact_lock}; a server that cannot take it stops
 * its run, since another server is at work, so two servers never change clocks at the same time.
 * A transaction-scoped lock is released by the commit or rollback itself: it can never leak on a
 * pooled connection (a session lock taken outside the transactions could, with the connection
 * handles the application server reassociates). A failure loses at most one range, which the
 * next run redoes: the job is idempotent. The hourly run is also claimed per due time
 * ({@link JobRuns}), so that a server whose timer fires after the other's run has finished does
 * not run it again.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClockStatusJob {
    private static final Logger LOG = Logger.getLogger(ClockStatusJob.class.getName());
    /** Arbitrary, fixed key of the advisory lock that elects the server running the job. */
    static final long LOCK_KEY = 0x56494749_434C4BL;

    static final String ACTION = "CLOCK_STATUS_CHANGED";
    static final String TASK = "clock status job";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    HolidayCalendars calendars;

    @Inject
    BatchChanges batches;

    @Inject
    CurrentUser currentUser;

    @Inject
    SystemTasks systemTasks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    JobRuns jobRuns;

    @Inject
    @ConfigProperty(name = "vigie.clocks.job.batch-size", defaultValue = "50000")
    int batchSize;

    @Inject
    @ConfigProperty(name = "vigie.clocks.job.enabled", defaultValue = "true")
    boolean enabled;

    /** One run at a time in this server (the advisory lock handles the other servers). */
    private final ReentrantLock running = new ReentrantLock();

    /** What a run did. */
    public record RunReport(boolean ran, LocalDate today, int statusChanges, int suspendedRecomputed, long millis) {}

    @Schedule(hour = "*", minute = "5", persistent = false, info = "legal clocks status job")
    void scheduled() {
        if (!enabled) {
            return;
        }
        Instant due = JobRuns.dueTime(clock.instant());
        try {
            // The job works in several transactions: the claim is made in one of its own, first (JobRuns).
            if (inTransaction(() -> jobRuns.claim(TASK, due) ? 1 : 0) == 0) {
                LOG.info(() -> "Clock status job due at " + due + ": another server has it");
                return;
            }
            RunReport report = systemTasks.call(TASK, this::run);
            inTransaction(() -> {
                jobRuns.finished(TASK, due);
                return 0;
            });
            if (report.ran() && report.statusChanges() + report.suspendedRecomputed() > 0) {
                LOG.info(() -> "Clock status job: " + report);
            }
        } catch (RuntimeException failed) {
            // Logged, not rethrown: an exception would make the container retry at once and then cancel
            // nothing useful; the next hourly run redoes the work.
            LOG.log(Level.SEVERE, "Clock status job failed; the next run will retry", failed);
        }
    }

    /**
     * Runs the job now, at a person's request (the administrator's "run now", also used by tests):
     * the request is audited under the person's name, the work is done by the system as in the
     * hourly run, so that both paths behave the same.
     *
     * @return what it did; {@code ran == false} when another server (or run) held the lock
     */
    public RunReport runNow() {
        String requester = currentUser.username();
        inTransaction(() -> {
            audit.record(AuditRecord.of(ClockNotices.MODULE, "CLOCK_STATUS_JOB_REQUESTED")
                    .because("Lancé à la demande de " + requester)
                    .build());
            return 0;
        });
        return systemTasks.call(TASK, this::run);
    }

    /**
     * The job's work. A system task (see {@link SystemTasks}): the status changes are the
     * system's, and the modules' reactions to the changes it announces (a tacit opinion when a
     * committee's clock is breached...) may act on clocks too.
     */
    private RunReport run() {
        LocalDate today = LocalDate.now(clock);
        if (!running.tryLock()) {
            return new RunReport(false, today, 0, 0, 0);
        }
        long started = System.nanoTime();
        try {
            int flipped = sweep(today);
            int recomputed = recomputeSuspended(today);
            return new RunReport(
                    true, today, flipped, recomputed, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (Busy busy) {
            LOG.info("Clock status job: another server is running it; this run stops");
            return new RunReport(false, today, 0, 0, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (SQLException e) {
            throw new IllegalStateException("Clock status job: database error: " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
    }

    /** Another server holds the job's lock. */
    private static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("another server is running the clock status job", null, false, false);
        }
    }

    private int sweep(LocalDate today) throws SQLException {
        Optional<long[]> bounds;
        try (Connection connection = dataSource.getConnection()) {
            bounds = StatusSweep.openIdBounds(connection);
        }
        if (bounds.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (long after = bounds.get()[0] - 1; after < bounds.get()[1]; after += batchSize) {
            long from = after;
            long upTo = Math.min(after + batchSize, bounds.get()[1]);
            changed += inTransaction(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    lockOrStop(connection);
                    return batches.sweep(connection, today, from, upTo, clock.instant(), currentUser.username(), ACTION)
                            .size();
                }
            });
        }
        return changed;
    }

    private int recomputeSuspended(LocalDate today) {
        return inTransaction(() -> {
            try (Connection connection = dataSource.getConnection()) {
                lockOrStop(connection);
            }
            return batches.recompute(
                            BatchRecompute.Scope.suspended(),
                            calendars.current(),
                            today,
                            clock.instant(),
                            currentUser.username(),
                            "Suspended clock: due date recomputed by the status job",
                            StatusBatches.Cause.SUSPENDED,
                            ACTION)
                    .size();
        });
    }

    @FunctionalInterface
    private interface Work {
        int run() throws SQLException;
    }

    private int inTransaction(Work work) {
        try {
            transaction.begin();
            int result;
            try {
                result = work.run();
            } catch (SQLException | RuntimeException failed) {
                transaction.rollback();
                throw failed instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException("Clock status job: " + failed.getMessage(), failed);
            }
            transaction.commit();
            return result;
        } catch (NotSupportedException
                | SystemException
                | RollbackException
                | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new IllegalStateException("Clock status job: transaction failed: " + e.getMessage(), e);
        }
    }

    /** Takes the job's lock for the current transaction, or stops the run. */
    private static void lockOrStop(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    throw new Busy();
                }
            }
        }
    }
}
