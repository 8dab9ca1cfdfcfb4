package fr.vigie.reporting.application;

import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.job.JobRuns;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the reporting snapshot and the breach forecast: every 15 minutes by default
 * ({@link RebuildInterval}, a container-managed calendar timer), once shortly after start-up, and on
 * demand ("refresh now").
 *
 * <p>Cluster-safe: {@code reporting.rebuild()} and {@code reporting.apply_forecast()} first take the
 * transaction-scoped PostgreSQL advisory lock the reporting schema reserves; a server that cannot
 * take it does nothing (another server is rebuilding), and the lock is released by the commit, so
 * it can never leak on a pooled connection. The rebuild swaps in complete tables in one transaction:
 * pages read the previous snapshot until then. Each page shows the snapshot's age. The scheduled
 * rebuild is claimed per due time in that transaction ({@link JobRuns}): a server whose timer fires
 * after the other's rebuild does not rebuild again.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SnapshotJob {
    private static final Logger LOG = Logger.getLogger(SnapshotJob.class.getName());
    static final String JOB = "reporting snapshot";
    private static final String AFTER_START = "reporting snapshot after start-up";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    SnapshotRebuild rebuild;

    @Inject
    ReportingSettings settings;

    @Inject
    SystemTasks systemTasks;

    @Inject
    Clock clock;

    @Inject
    JobRuns jobRuns;

    @Inject
    @ConfigProperty(name = "vigie.reporting.job.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vigie.reporting.job.interval-minutes", defaultValue = "15")
    int intervalMinutes;

    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void schedule() {
        if (enabled) {
            timers.createSingleActionTimer(15_000, new TimerConfig(AFTER_START, false));
            timers.createCalendarTimer(interval().schedule(), new TimerConfig(JOB, false));
        }
    }

    /** The configured interval; a refused one is logged and the release's used, so reports stay fresh. */
    private RebuildInterval interval() {
        try {
            RebuildInterval configured = new RebuildInterval(intervalMinutes);
            LOG.info(() -> "Reporting snapshot every " + configured.minutes() + " minutes");
            return configured;
        } catch (IllegalArgumentException refused) {
            LOG.severe(
                    () -> refused.getMessage() + "; every " + RebuildInterval.DEFAULT.minutes() + " minutes instead");
            return RebuildInterval.DEFAULT;
        }
    }

    /**
     * The scheduled rebuild, claimed by its due minute among the servers; each server's own rebuild
     * after its start has no due time to share, so it is not claimed.
     */
    @Timeout
    void fired(Timer timer) {
        build(AFTER_START.equals(timer.getInfo()) ? null : JobRuns.dueTime(clock.instant()));
    }

    @BroadCatch("A failed rebuild is logged and the previous snapshot kept; the next run retries.")
    private void build(Instant due) {
        if (!enabled) {
            return;
        }
        try {
            // The scheduled rebuild is the system's own work (ADR 5); "refresh now" runs as the manager who asked.
            SnapshotRebuild.Outcome outcome = systemTasks.call(JOB, () -> rebuild(due));
            if (outcome == null) {
                LOG.info(() -> "Reporting snapshot due at " + due + ": another server has it");
                return;
            }
            LOG.info(() -> "Reporting snapshot: " + outcome);
        } catch (RuntimeException failed) {
            // Logged, not rethrown: the previous snapshot stays in place and the next run retries.
            LOG.log(Level.SEVERE, "Reporting snapshot failed; the previous one stays in place", failed);
        }
    }

    /** Rebuilds now (also the managers' "refresh now"); {@code built == false} when another run holds the lock. */
    @RolesAllowed({Roles.MANAGER, Roles.ADMINISTRATOR})
    public SnapshotRebuild.Outcome refresh() {
        return runNow();
    }

    @PermitAll
    SnapshotRebuild.Outcome runNow() {
        return rebuild(null);
    }

    /**
     * The rebuild; {@code due}: the scheduled run's due time, claimed in the rebuild's first transaction
     * (JobRuns), or null for an unclaimed run.
     *
     * @return null when another server has the scheduled run
     */
    @BroadCatch("Rolls the rebuild back and rethrows: nothing is swallowed.")
    private SnapshotRebuild.Outcome rebuild(Instant due) {
        if (!running.tryLock()) {
            return new SnapshotRebuild.Outcome(false, 0, 0, 0, 0);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (due != null && !jobRuns.claim(c, JOB, due)) {
                    c.rollback();
                    return null;
                }
                SnapshotRebuild.Outcome outcome = rebuild.rebuild(
                        c, settings.modules(), LocalDate.now(clock), settings.historyMonths(), settings.threshold());
                if (due != null) {
                    jobRuns.finished(c, JOB, due);
                    c.commit();
                }
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reporting snapshot: database error: " + e.getMessage(), e);
        } finally {
            running.unlock();
        }
    }
}
