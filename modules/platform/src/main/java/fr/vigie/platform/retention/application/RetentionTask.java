package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.job.JobRuns;
import fr.vigie.platform.api.retention.PersonalDataHolder;
import fr.vigie.platform.api.retention.RetentionSelection;
import fr.vigie.platform.api.retention.RetentionStep;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import fr.vigie.platform.retention.domain.RetentionRule;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the retention schedule, once a day, as the system: for each module, line and step, the
 * due closed cases are changed in batches of {@code vigie.retention.batch-size}, each batch its own
 * transaction with its audit entry (counts, never the erased values). Idempotent: a case is due for
 * a step only until the module records it done. Cluster-safe: each batch first takes the
 * transaction-scoped advisory lock {@link #LOCK_KEY}; when another server holds it, this run stops
 * and leaves the work to that one (the modules also skip rows locked by another transaction). The
 * daily run is claimed per due time ({@link JobRuns}): a server whose timer fires after the other's
 * run has finished does not apply the schedule again.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionTask {
    private static final Logger LOG = Logger.getLogger(RetentionTask.class.getName());
    /** Arbitrary, fixed key of the advisory lock that elects the server applying the schedule. */
    static final long LOCK_KEY = 0x56494749_524554L;

    static final String TASK = "retention schedule";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    RetentionSchedule schedule;

    @Inject
    RetentionStore store;

    @Inject
    AuditTrail audit;

    @Inject
    AuditReasonEraser auditReasons;

    @Inject
    SystemTasks systemTasks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    JobRuns jobRuns;

    @Inject
    @ConfigProperty(name = "vigie.retention.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vigie.retention.batch-size", defaultValue = "1000")
    int batchSize;

    /** What a run did. {@code outcome}: DONE, or SKIPPED when another server was applying the schedule. */
    public record RunReport(
            long runId, String outcome, int pseudonymised, int filesDeleted, int documentsDeleted, int batches) {}

    @Schedule(hour = "3", minute = "17", persistent = false, info = "retention schedule")
    @BroadCatch("A scheduled job logs its failure and lets the next day's run retry.")
    void scheduled() {
        if (!enabled) {
            return;
        }
        Instant due = JobRuns.dueTime(clock.instant());
        try {
            // The run works in many transactions: the claim is made in one of its own, first (JobRuns).
            if (!inTransaction(() -> jobRuns.claim(TASK, due))) {
                LOG.info(() -> "Retention schedule due at " + due + ": another server has it");
                return;
            }
            RunReport report = systemTasks.call(TASK, () -> run(SystemTasks.SYSTEM_USERNAME));
            inTransaction(() -> {
                jobRuns.finished(TASK, due);
                return null;
            });
            LOG.info(() -> "Retention schedule applied: " + report);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Retention schedule failed; tomorrow's run will retry", e);
        }
    }

    /**
     * A person's request to apply the schedule now: recorded under their name in its own
     * transaction, then the run, as the system.
     */
    public RunReport runRequested(String reason) {
        String requester = currentUser.username();
        inTransaction(() -> {
            audit.record(AuditRecord.of(RetentionAudit.MODULE, RetentionAudit.RUN_REQUESTED)
                    .because(reason)
                    .build());
            return null;
        });
        return systemTasks.call(TASK, () -> run(requester));
    }

    /** Applies the schedule now, as the system; {@code requestedBy} is recorded on the run. */
    @BroadCatch("A failed run is recorded as FAILED and its failure rethrown.")
    public RunReport run(String requestedBy) {
        LocalDate today = LocalDate.now(clock);
        long runId = inTransaction(() -> startRun(requestedBy));
        Tally tally = new Tally();
        try {
            boolean skipped = false;
            for (PersonalDataHolder holder : schedule.holders()) {
                if (skipped) {
                    break;
                }
                for (RetentionRule rule : schedule.rules()) {
                    if (!rule.module().equals(holder.module())) {
                        continue;
                    }
                    for (RetentionStep step : RetentionStep.values()) {
                        if (!applyLine(holder, rule, step, today, runId, tally)) {
                            skipped = true;
                            break;
                        }
                    }
                    if (skipped) {
                        break;
                    }
                }
            }
            String outcome = skipped ? "SKIPPED" : "DONE";
            inTransaction(() -> finishRun(runId, outcome, tally, null));
            return new RunReport(
                    runId, outcome, tally.pseudonymised, tally.filesDeleted, tally.documents, tally.batches);
        } catch (RuntimeException failed) {
            inTransaction(() -> finishRun(runId, "FAILED", tally, String.valueOf(failed.getMessage())));
            throw failed;
        }
    }

    /** @return false when another server holds the lock */
    private boolean applyLine(
            PersonalDataHolder holder,
            RetentionRule rule,
            RetentionStep step,
            LocalDate today,
            long runId,
            Tally tally) {
        LocalDate closedBefore = rule.closedBefore(step, today);
        while (true) {
            Integer done = inTransaction(() -> {
                if (!lock()) {
                    return null;
                }
                Set<String> held = store.heldReferences(holder.module());
                List<String> references = holder.apply(
                        step,
                        new RetentionSelection(rule.caseType(), rule.outcome(), closedBefore, held),
                        today,
                        batchSize);
                if (references.isEmpty()) {
                    return 0;
                }
                List<String> caseRefs =
                        references.stream().map(r -> holder.module() + ":" + r).toList();
                int documents = 0;
                int reasons = auditReasons.erase(holder.module(), caseRefs, "retention-run-" + runId);
                if (step == RetentionStep.DELETE_FILE) {
                    documents = store.deleteDocuments(caseRefs);
                }
                audit.record(AuditRecord.of(RetentionAudit.MODULE, RetentionAudit.BATCH_APPLIED)
                        .because("Calendrier de conservation, exécution n° " + runId)
                        .changed("module", null, holder.module())
                        .changed("caseType", null, rule.caseType())
                        .changed("outcome", null, rule.outcome())
                        .changed("step", null, step.name())
                        .changed("closedBefore", null, closedBefore)
                        .changed("cases", null, references.size())
                        .changed("documentsDeleted", null, documents)
                        .changed("auditReasonsErased", null, reasons)
                        .build());
                if (step == RetentionStep.PSEUDONYMISE) {
                    tally.pseudonymised += references.size();
                } else {
                    tally.filesDeleted += references.size();
                    tally.documents += documents;
                }
                tally.batches++;
                return references.size();
            });
            if (done == null) {
                return false;
            }
            if (done < batchSize) {
                return true;
            }
        }
    }

    private boolean lock() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            s.setLong(1, LOCK_KEY);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Retention: could not take the advisory lock: " + e.getMessage(), e);
        }
    }

    private long startRun(String requestedBy) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO platform.retention_run (started_at, requested_by, outcome) VALUES (?, ?, 'RUNNING') "
                                + "RETURNING id")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, requestedBy);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Retention: could not record the run: " + e.getMessage(), e);
        }
    }

    private Void finishRun(long runId, String outcome, Tally tally, String detail) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE platform.retention_run SET finished_at = ?, outcome = ?, "
                                + "pseudonymised = ?, files_deleted = ?, documents_deleted = ?, batches = ?, detail = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, outcome);
            s.setInt(3, tally.pseudonymised);
            s.setInt(4, tally.filesDeleted);
            s.setInt(5, tally.documents);
            s.setInt(6, tally.batches);
            s.setString(7, detail);
            s.setLong(8, runId);
            s.executeUpdate();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("Retention: could not record the run: " + e.getMessage(), e);
        }
    }

    @BroadCatch("Any failure rolls the batch back and is rethrown as it came.")
    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            try {
                T result = work.get();
                transaction.commit();
                return result;
            } catch (RuntimeException failed) {
                transaction.rollback();
                throw failed;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Retention: transaction failed: " + e.getMessage(), e);
        }
    }

    private static final class Tally {
        int pseudonymised;
        int filesDeleted;
        int documents;
        int batches;
    }
}
