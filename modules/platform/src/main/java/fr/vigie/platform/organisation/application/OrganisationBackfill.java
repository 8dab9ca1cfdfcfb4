package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.BroadCatch;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.organisation.OrganisationBackfillContribution;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills {@code organisation_id} of the cases every module kept before the directory existed (ADR 7
 * step 3), as the system task {@value OrganisationEnrolment#BACKFILL_TASK}. The platform reads no
 * module's table: each module contributes an {@link OrganisationBackfillContribution} per table,
 * which finds or registers its organisations by SIREN through {@link OrganisationEnrolment}.
 *
 * <p>Batches: each batch of each part is one transaction, so a run over many rows never holds a
 * transaction long and a run stopped half-way is completed by the next one. Idempotent: only rows
 * still without an id are read, so a second run fills nothing and counts the rows left (no valid
 * SIREN). Cluster-safe like the clock status job: each batch's transaction first takes the
 * transaction-scoped advisory lock {@link #LOCK_KEY}; a server that cannot take it stops its run.
 * One audit entry per run, with the counts per part.
 *
 * <p>Started once at start-up when {@code vigie.organisations.backfill.on-startup} is true, after
 * {@code vigie.organisations.backfill.delay-seconds} (the server answers meanwhile), or by an
 * administrator ({@code POST /api/organisations/backfill}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OrganisationBackfill {
    private static final Logger LOG = Logger.getLogger(OrganisationBackfill.class.getName());
    /** Arbitrary, fixed key of the advisory lock that elects the server running the backfill. */
    static final long LOCK_KEY = 0x56494749_4F5247L;

    static final String ACTION = "ORGANISATION_BACKFILL_RUN";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Resource
    TimerService timers;

    @Inject
    @Any
    Instance<OrganisationBackfillContribution> contributions;

    @Inject
    OrganisationEnrolment enrolment;

    @Inject
    SystemTasks systemTasks;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "vigie.organisations.backfill.on-startup", defaultValue = "true")
    boolean onStartup;

    @Inject
    @ConfigProperty(name = "vigie.organisations.backfill.delay-seconds", defaultValue = "60")
    long delaySeconds;

    @Inject
    @ConfigProperty(name = "vigie.organisations.backfill.batch-size", defaultValue = "200")
    int batchSize;

    /** One run at a time in this server (the advisory lock handles the other servers). */
    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void scheduleStartupRun() {
        if (onStartup) {
            timers.createSingleActionTimer(
                    TimeUnit.SECONDS.toMillis(Math.max(0, delaySeconds)),
                    new TimerConfig("organisation directory backfill at start-up", false));
        }
    }

    @Timeout
    @BroadCatch("A start-up run logs its failure; an administrator or the next start-up runs it again.")
    void startupRun() {
        try {
            BackfillReport report = systemTasks.call(OrganisationEnrolment.BACKFILL_TASK, this::run);
            LOG.info(() -> "Organisation directory backfill: " + report);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Organisation directory backfill failed; run it again", failed);
        }
    }

    /**
     * Runs the backfill now at a person's request: the request is audited under their name, the
     * work is done by the system task as at start-up.
     */
    public BackfillReport runNow() {
        String requester = currentUser.username();
        inTransaction(() -> {
            audit.record(AuditRecord.of(OrganisationRegistry.MODULE, "ORGANISATION_BACKFILL_REQUESTED")
                    .because("Lancé à la demande de " + requester)
                    .build());
            return null;
        });
        return systemTasks.call(OrganisationEnrolment.BACKFILL_TASK, this::run);
    }

    private BackfillReport run() {
        if (!running.tryLock()) {
            return BackfillReport.notRun();
        }
        long started = System.nanoTime();
        try {
            List<OrganisationBackfillContribution> parts = contributions.stream()
                    .sorted(Comparator.comparing(OrganisationBackfillContribution::part))
                    .toList();
            BackfillReport.Tally tally = new BackfillReport.Tally();
            for (OrganisationBackfillContribution part : parts) {
                tally.start(part.part());
                fillPart(part, tally);
            }
            // A row that names only a SIREN (no name to register it by) is linked once another
            // row, perhaps of a later part, has registered that organisation. One more pass over
            // the rows left links them, whatever the order of the parts; it registers nothing
            // new (every row with a name was linked in the first pass), so a third would fill nothing.
            if (tally.filled() > 0 && tally.left() > 0) {
                for (OrganisationBackfillContribution part : parts) {
                    if (tally.leftIn(part.part()) > 0) {
                        tally.startAgain(part.part());
                        fillPart(part, tally);
                    }
                }
            }
            BackfillReport report = tally.report(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            inTransaction(() -> {
                audit.record(auditOf(report));
                return null;
            });
            return report;
        } catch (Busy busy) {
            LOG.info("Organisation directory backfill: another server is running it; this run stops");
            return BackfillReport.notRun();
        } finally {
            running.unlock();
        }
    }

    /** Reads every row of a part still without an id, batch after batch, each in its transaction. */
    private void fillPart(OrganisationBackfillContribution part, BackfillReport.Tally tally) {
        long after = 0;
        OrganisationBackfillContribution.Batch batch;
        do {
            long from = after;
            batch = inTransaction(() -> {
                lockOrStop();
                return part.fill(from, batchSize, enrolment);
            });
            tally.add(batch);
            after = batch.lastId();
        } while (batch.read() >= batchSize);
    }

    static AuditRecord auditOf(BackfillReport report) {
        AuditRecord.Builder record = AuditRecord.of(OrganisationRegistry.MODULE, ACTION)
                .because("Organismes des dossiers rattachés au répertoire par leur SIREN (ADR 7)")
                .changed("filled", null, report.filled())
                .changed("left", null, report.left());
        for (BackfillReport.Part part : report.parts()) {
            record.changed(part.part() + ".filled", null, part.filled());
            record.changed(part.part() + ".left", null, part.left());
        }
        return record.build();
    }

    /** Another server holds the backfill's lock. */
    private static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("another server is running the organisation backfill", null, false, false);
        }
    }

    private void lockOrStop() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    throw new Busy();
                }
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    @BroadCatch("Any failure rolls the batch back and is rethrown as it came.")
    private <T> T inTransaction(Work<T> work) {
        try {
            transaction.begin();
            T result;
            try {
                result = work.run();
            } catch (SQLException | RuntimeException failed) {
                transaction.rollback();
                throw failed instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException("Organisation backfill: " + failed.getMessage(), failed);
            }
            transaction.commit();
            return result;
        } catch (NotSupportedException
                | SystemException
                | RollbackException
                | HeuristicMixedException
                | HeuristicRollbackException e) {
            throw new IllegalStateException("Organisation backfill: transaction failed: " + e.getMessage(), e);
        }
    }
}
