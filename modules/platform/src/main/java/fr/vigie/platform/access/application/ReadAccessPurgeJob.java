package fr.vigie.platform.access.application;

import fr.vigie.platform.access.domain.RetentionPeriod;
import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.job.JobRuns;
import fr.vigie.platform.api.security.SystemTasks;
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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the read-access entries past their retention period, once a day, as the system.
 * Cluster-safe like the clock status job: the run's transaction first takes the transaction-scoped
 * advisory lock {@link #LOCK_KEY}; a server that cannot take it leaves the run to the one that did.
 * The deletion goes through the database's {@code purge_read_access}, which refuses any cutoff
 * younger than 365 days whatever the configuration says; the run and its count are one audit entry,
 * written in the same transaction as the deletion. The scheduled run is claimed per due time in that
 * transaction too ({@link JobRuns}): a server whose timer fires after the other's purge does nothing.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadAccessPurgeJob {
    private static final Logger LOG = Logger.getLogger(ReadAccessPurgeJob.class.getName());
    /** Arbitrary, fixed key of the advisory lock that elects the server running the purge. */
    static final long LOCK_KEY = 0x56494749_52414CL;

    static final String ACTION = "READ_ACCESS_PURGED";
    static final String TASK = "read-access log purge";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    AccessLogSettings settings;

    @Inject
    SystemTasks systemTasks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    JobRuns jobRuns;

    @Inject
    @ConfigProperty(name = "vigie.access-log.purge.enabled", defaultValue = "true")
    boolean enabled;

    /** What a run did; {@code ran == false} when another server held the lock. */
    public record PurgeReport(boolean ran, Instant cutoff, long removed) {}

    @Schedule(hour = "2", minute = "41", persistent = false, info = "read-access log purge")
    @BroadCatch("A scheduled job logs its failure and lets the next day's run retry.")
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            Instant due = JobRuns.dueTime(clock.instant());
            PurgeReport report = systemTasks.call(TASK, () -> run(due));
            if (report.ran()) {
                LOG.info(() -> "Read-access log purge: " + report);
            } else {
                LOG.info(() -> "Read-access log purge due at " + due + ": another server has it");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Read-access log purge failed; tomorrow's run will retry", e);
        }
    }

    /** The purge, now, as whoever calls it (the schedule runs it as the system). */
    public PurgeReport run() {
        return run(null);
    }

    /** The purge; {@code due}: the scheduled run's due time, claimed in the purge's transaction, or null. */
    @BroadCatch("Any failure rolls the purge back and is rethrown as it came.")
    private PurgeReport run(Instant due) {
        RetentionPeriod retention = settings.retention();
        Instant cutoff = retention.cutoff(clock.instant());
        try {
            transaction.begin();
            try {
                PurgeReport report = purge(retention, cutoff, due);
                transaction.commit();
                return report;
            } catch (SQLException | RuntimeException failed) {
                transaction.rollback();
                throw failed instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException("Read-access log purge: " + failed.getMessage(), failed);
            }
        } catch (NotSupportedException
                | SystemException
                | RollbackException
                | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new IllegalStateException("Read-access log purge: transaction failed: " + e.getMessage(), e);
        }
    }

    private PurgeReport purge(RetentionPeriod retention, Instant cutoff, Instant due) throws SQLException {
        long removed;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)");
                    PreparedStatement delete = connection.prepareStatement("SELECT platform.purge_read_access(?)")) {
                lock.setLong(1, LOCK_KEY);
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    if (!result.getBoolean(1)) {
                        return new PurgeReport(false, cutoff, 0);
                    }
                }
                // One transaction: the claim commits with the purge, or neither does.
                if (due != null && !jobRuns.claim(connection, TASK, due)) {
                    return new PurgeReport(false, cutoff, 0);
                }
                delete.setTimestamp(1, Timestamp.from(cutoff));
                try (ResultSet result = delete.executeQuery()) {
                    result.next();
                    removed = result.getLong(1);
                }
                if (due != null) {
                    jobRuns.finished(connection, TASK, due);
                }
            }
        }
        audit.record(AuditRecord.of(VolumeAlerts.MODULE, ACTION)
                .because("Durée de conservation du journal des consultations : " + retention.days() + " jours")
                .changed("removedEntries", null, removed)
                .changed("olderThan", null, cutoff)
                .build());
        return new PurgeReport(true, cutoff, removed);
    }
}
