package fr.vigie.platform.clock.persistence;

import fr.vigie.platform.clock.domain.ClockStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flips the status of running clocks as time passes, in SQL, one range of ids at a time.
 *
 * <p>Why SQL and not the entities: the status of a clock that is not suspended depends only on
 * today, its stored due date and its stored at-risk day (see
 * {@link fr.vigie.platform.clock.domain.ClockStatus#derive}); the due date itself does not move
 * with time. So the rule fits in one {@code CASE}, and one statement per range of ids updates
 * thousands of rows, records a flip per changed clock in the batch's log
 * ({@link StatusBatches}), notifies the owners of the clocks now at risk or breached, and
 * returns the changes (for the {@code ClockStatusChanged} events) in one round trip. Suspended
 * clocks, whose due date moves every day, are recomputed by {@link BatchRecompute}. The
 * statement is idempotent: running it twice on the same day changes nothing the second time.
 *
 * <p>Speed, measured by the benchmark (see {@code fr.vigie.bench.clock}): the update changes
 * no indexed column, so with the free space the table keeps in each page it is a heap-only
 * update; the range condition is repeated on both sides of the self-join that reads the
 * status before, so that the planner joins two index range scans instead of scanning the
 * whole table for every range.
 */
public final class StatusSweep {

    static final String FLIP = """
            WITH changed AS (
                UPDATE platform.clock c
                SET status = CASE WHEN c.due_date < ? THEN (CASE WHEN c.binds_authority THEN 'BREACHED' ELSE 'EXPIRED' END)
                                  WHEN c.binds_authority AND c.at_risk_from <= ? THEN 'AT_RISK' ELSE 'RUNNING' END,
                    version = c.version + 1, updated_at = ?
                FROM platform.clock o
                WHERE o.id = c.id AND o.id > ? AND o.id <= ? AND c.id > ? AND c.id <= ?
                  AND c.outcome = 'PENDING' AND NOT c.suspended
                  AND c.status <> CASE WHEN c.due_date < ? THEN (CASE WHEN c.binds_authority THEN 'BREACHED' ELSE 'EXPIRED' END)
                                       WHEN c.binds_authority AND c.at_risk_from <= ? THEN 'AT_RISK' ELSE 'RUNNING' END
                RETURNING c.id, c.case_ref, c.owner, c.policy_code, c.due_date, o.status AS before, c.status
            ), logged AS (
                INSERT INTO platform.clock_status_flip (clock_id, batch_id, status_before, status_after,
                    due_date_before, due_date_after)
                SELECT id, ?, before, status, due_date, due_date FROM changed
            )
            """ + StatusBatches.NOTIFY + """
            SELECT id, case_ref, owner, policy_code, due_date, before, status FROM changed
            """;

    static final String BOUNDS = "SELECT MIN(id), MAX(id) FROM platform.clock WHERE outcome = 'PENDING'";

    /** Reason recorded on the events of the sweep. */
    public static final String REASON = "Time passed: status recomputed by the status job";

    private StatusSweep() {}

    /** The lowest and highest ids of the open clocks, or empty when there is none. */
    public static Optional<long[]> openIdBounds(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BOUNDS);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            long min = rows.getLong(1);
            if (rows.wasNull()) {
                return Optional.empty();
            }
            return Optional.of(new long[] {min, rows.getLong(2)});
        }
    }

    /**
     * Flips the statuses of the open, not suspended clocks with {@code afterId < id <= upToId},
     * recording each flip under batch {@code batchId} and notifying the owners.
     *
     * @return the clocks whose status changed
     */
    public static List<StatusChange> flip(
            Connection connection, long batchId, LocalDate today, long afterId, long upToId, Instant now)
            throws SQLException {
        List<StatusChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FLIP)) {
            Date day = Date.valueOf(today);
            Timestamp at = Timestamp.from(now);
            int i = 1;
            statement.setDate(i++, day);
            statement.setDate(i++, day);
            statement.setTimestamp(i++, at);
            for (int side = 0; side < 2; side++) {
                statement.setLong(i++, afterId);
                statement.setLong(i++, upToId);
            }
            statement.setDate(i++, day);
            statement.setDate(i++, day);
            statement.setLong(i++, batchId);
            statement.setTimestamp(i, at);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate due = rows.getDate(5).toLocalDate();
                    changes.add(new StatusChange(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            ClockStatus.valueOf(rows.getString(6)),
                            ClockStatus.valueOf(rows.getString(7)),
                            due,
                            due));
                }
            }
        }
        return changes;
    }
}
