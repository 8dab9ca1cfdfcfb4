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
 * with time. So the rule fits in one {@code CASE}, and a statement per range of ids updates
 * thousands of rows, records a {@code RECOMPUTED} event for each changed one and returns them
 * (for notifications) in one round trip. Suspended clocks, whose due date moves every day, are
 * recomputed by {@link BatchRecompute}. The statement is idempotent: running it twice on the
 * same day changes nothing the second time.
 */
public final class StatusSweep {

    static final String FLIP = """
            WITH target AS (
                SELECT id, status AS before,
                       CASE WHEN due_date < ? THEN 'BREACHED' WHEN at_risk_from <= ? THEN 'AT_RISK' ELSE 'RUNNING' END AS after
                FROM platform.clock
                WHERE outcome = 'PENDING' AND NOT suspended AND id > ? AND id <= ?
            ), changed AS (
                UPDATE platform.clock c SET status = t.after, version = c.version + 1, updated_at = ?
                FROM target t
                WHERE c.id = t.id AND t.before <> t.after
                RETURNING c.id, c.case_ref, c.owner, c.policy_code, c.due_date, t.before, c.status
            ), logged AS (
                INSERT INTO platform.clock_event (clock_id, type, event_date, author, reason, due_date_after, status_after, recorded_at)
                SELECT id, 'RECOMPUTED', ?, ?, ?, due_date, status, ? FROM changed
            )
            SELECT id, case_ref, owner, policy_code, due_date, before, status FROM changed ORDER BY id
            """;

    static final String BOUNDS = "SELECT MIN(id), MAX(id) FROM platform.clock WHERE outcome = 'PENDING'";

    /** Reason recorded on the events of the sweep. */
    public static final String REASON = "Time passed: status recomputed by the status job";

    private StatusSweep() {
    }

    /** The lowest and highest ids of the open clocks, or empty when there is none. */
    public static Optional<long[]> openIdBounds(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BOUNDS); ResultSet rows = statement.executeQuery()) {
            rows.next();
            long min = rows.getLong(1);
            if (rows.wasNull()) {
                return Optional.empty();
            }
            return Optional.of(new long[] {min, rows.getLong(2)});
        }
    }

    /**
     * Flips the statuses of the open, not suspended clocks with {@code afterId < id <= upToId}.
     *
     * @return the clocks whose status changed
     */
    public static List<StatusChange> flip(Connection connection, LocalDate today, long afterId, long upToId, Instant now,
            String author) throws SQLException {
        List<StatusChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FLIP)) {
            Date day = Date.valueOf(today);
            Timestamp at = Timestamp.from(now);
            statement.setDate(1, day);
            statement.setDate(2, day);
            statement.setLong(3, afterId);
            statement.setLong(4, upToId);
            statement.setTimestamp(5, at);
            statement.setDate(6, day);
            statement.setString(7, author);
            statement.setString(8, REASON);
            statement.setTimestamp(9, at);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate due = rows.getDate(5).toLocalDate();
                    changes.add(new StatusChange(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            ClockStatus.valueOf(rows.getString(6)), ClockStatus.valueOf(rows.getString(7)), due, due));
                }
            }
        }
        return changes;
    }
}
