package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.persistence.BatchRecompute;
import fr.vigie.platform.clock.persistence.StatusBatches;
import fr.vigie.platform.clock.persistence.StatusChange;
import fr.vigie.platform.clock.persistence.StatusSweep;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Runs the batches that change many clocks at once ({@link BatchRecompute}, {@link StatusSweep})
 * inside the caller's JTA transaction (the connection enlists in it), each as one recorded batch
 * with one audit entry, and announces each changed clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BatchChanges {
    private static final Logger LOG = Logger.getLogger(BatchChanges.class.getName());
    /** Clocks read per page: large enough for few round trips, small enough for short arrays. */
    static final int PAGE_SIZE = 5_000;
    /** The server's default managed executor (feature concurrent-3.0). */
    static final String EXECUTOR = "java:comp/DefaultManagedExecutorService";

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Inject
    PolicyRegistry policies;

    @Inject
    ClockNotices notices;
    /** Where the engine evaluates the pages of a recomputation, while the database reads and writes. */
    private volatile Executor engine;

    /**
     * The server's managed executor, looked up (once, on first use, not in a lifecycle callback
     * that the class's transaction policy would refuse) rather than injected, so that a server
     * without the concurrency feature still runs the recomputations, only without the overlap.
     */
    private Executor engine() {
        Executor found = engine;
        if (found == null) {
            try {
                found = (Executor) new InitialContext().lookup(EXECUTOR);
            } catch (NamingException | ClassCastException missing) {
                LOG.warning(() -> "No " + EXECUTOR + " (" + missing + "): clock recomputations evaluate on the "
                        + "caller's thread; the concurrent-3.0 feature overlaps them with the database work");
                found = Runnable::run;
            }
            engine = found;
        }
        return found;
    }

    /**
     * Recomputes the open clocks of {@code scope}, as one batch.
     *
     * @return the clocks changed
     */
    public List<StatusChange> recompute(
            BatchRecompute.Scope scope,
            HolidayCalendar calendar,
            LocalDate today,
            Instant now,
            String author,
            String reason,
            StatusBatches.Cause cause,
            String auditAction) {
        List<StatusChange> changes = new ArrayList<>();
        long batchId;
        try (Connection connection = dataSource.getConnection()) {
            batchId = StatusBatches.nextId(connection);
            try (BatchRecompute recompute =
                    new BatchRecompute(connection, policies::at, calendar, today, now, batchId, engine())) {
                recompute.all(scope, PAGE_SIZE, changes);
            }
            if (!changes.isEmpty()) {
                StatusBatches.record(connection, batchId, cause, today, author, reason, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recomputing the clocks failed: " + e.getMessage(), e);
        }
        notices.batchChanged(batchId, cause, today, auditAction, reason, changes);
        return changes;
    }

    /**
     * Flips the statuses of the open, not suspended clocks with {@code afterId < id <= upToId}
     * as time passed, as one batch (see {@link StatusSweep}), on {@code connection}, which is
     * enlisted in the caller's transaction.
     *
     * @return the clocks changed
     */
    public List<StatusChange> sweep(
            Connection connection,
            LocalDate today,
            long afterId,
            long upToId,
            Instant now,
            String author,
            String auditAction)
            throws SQLException {
        long batchId = StatusBatches.nextId(connection);
        List<StatusChange> changes = StatusSweep.flip(connection, batchId, today, afterId, upToId, now);
        if (!changes.isEmpty()) {
            StatusBatches.record(
                    connection, batchId, StatusBatches.Cause.TIME_PASSED, today, author, StatusSweep.REASON, now);
        }
        notices.batchChanged(batchId, StatusBatches.Cause.TIME_PASSED, today, auditAction, StatusSweep.REASON, changes);
        return changes;
    }
}
