package fr.vigie.platform.clock.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record of the status changes a batch made ({@code clock_status_batch}, one row per batch,
 * and {@code clock_status_flip}, one narrow row per clock changed; see migration V3).
 *
 * <p>A batch's id is drawn before its statements run, so that they can write the flips with it,
 * and the batch row is written only if something changed: the hourly run that finds nothing to
 * do leaves no trace but a gap in the sequence.
 *
 * <p>The notifications of a batch are written in the same statements as its flips (see
 * {@link #NOTIFY}): this class and the notification store are both the platform's, and one
 * {@code INSERT ... SELECT} replaces hundreds of thousands of entity inserts on the worst day.
 */
public final class StatusBatches {

    /** Why a batch changed clocks (column {@code cause}). */
    public enum Cause {
        /** The status job: days passed, running clocks became at risk or breached. */
        TIME_PASSED,
        /** The status job: suspended clocks, whose due date moves every day. */
        SUSPENDED,
        /** The holiday calendar changed. */
        CALENDAR
    }

    /**
     * The owner's notification of the changed clocks that became at risk or breached, as
     * {@code fr.vigie.platform.clock.application.ClockNotices} words it for a single change:
     * same message keys, arguments ({@code policy|dueDate}) and link (the case's clocks page,
     * the case reference URL-encoded: its only characters that need it are ':' and '/').
     * To append to a CTE named {@code changed} with columns owner, case_ref, policy_code,
     * due_date, before and status.
     */
    static final String NOTIFY = """
            , notified AS (
                INSERT INTO platform.notification (recipient, created_at, message_key, message_args, case_ref, link)
                SELECT owner, ?, CASE status WHEN 'AT_RISK' THEN 'clock.notification.atRisk'
                                             ELSE 'clock.notification.breached' END,
                       policy_code || '|' || to_char(due_date, 'YYYY-MM-DD'), case_ref,
                       '/clocks/case.xhtml?caseRef=' || replace(replace(case_ref, ':', '%3A'), '/', '%2F')
                FROM changed WHERE status IN ('AT_RISK', 'BREACHED') AND status <> before
            )
            """;

    private StatusBatches() {}

    /** A new batch id (the batch row itself is written by {@link #record}, if anything changed). */
    public static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT nextval(pg_get_serial_sequence('platform.clock_status_batch', 'id'))");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Writes the batch row: who, when and why (the flips name it). */
    public static void record(
            Connection connection, long batchId, Cause cause, LocalDate day, String author, String reason, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO platform.clock_status_batch (id, cause, run_day, author, reason, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """)) {
            statement.setLong(1, batchId);
            statement.setString(2, cause.name());
            statement.setDate(3, Date.valueOf(day));
            statement.setString(4, author);
            statement.setString(5, reason);
            statement.setTimestamp(6, Timestamp.from(now));
            statement.executeUpdate();
        }
    }
}
