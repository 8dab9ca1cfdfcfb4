package fr.vigie.platform.api.retention;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The closed cases of one module due for a step, as a module writes them in SQL: its {@code FROM …
 * WHERE …} with three placeholders in this order — the outcome, the day before which the case
 * closed, the array of held references — followed by the step's own "not done yet" condition. Plain
 * JDBC (no container), so that a module's benchmark runs the very statements of the task.
 *
 * @param fromWhere e.g. {@code FROM complaints.complaint c WHERE c.status = 'CLOSED' AND c.outcome = ?
 *     AND c.closed_on < ? AND NOT (c.reference = ANY(?))}
 * @param alias the alias of the case table in {@code fromWhere}, whose {@code id}, {@code reference}
 *     and {@code closed_on} the statements read
 * @param pseudonymisedColumn the column that records the first step, e.g. {@code pseudonymised_on}
 * @param fileDeletedColumn the column that records the second step
 */
public record DueCases(String fromWhere, String alias, String pseudonymisedColumn, String fileDeletedColumn) {

    /** A case taken for a step: its database id and its reference. */
    public record Taken(long id, String reference) {}

    public long count(Connection c, RetentionStep step, RetentionSelection selection) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) " + fromWhere + notDone(step))) {
            bind(c, s, selection);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Locks at most {@code limit} due cases, oldest closure first, skipping those another
     * transaction holds (another server's batch).
     */
    public List<Taken> take(Connection c, RetentionStep step, RetentionSelection selection, int limit)
            throws SQLException {
        List<Taken> taken = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + alias + ".id, " + alias + ".reference " + fromWhere
                + notDone(step) + " ORDER BY " + alias + ".closed_on, " + alias + ".id LIMIT ? FOR UPDATE OF " + alias
                + " SKIP LOCKED")) {
            bind(c, s, selection);
            s.setInt(4, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.add(new Taken(rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return taken;
    }

    /** Runs one set-based statement of a step (an UPDATE by ids, a function call); returns what it changed. */
    public static int execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.execute() ? 0 : s.getUpdateCount();
        }
    }

    /** The ids as a SQL {@code bigint[]}, for {@code id = ANY(?)}. */
    public static Array ids(Connection c, List<Taken> taken) throws SQLException {
        return c.createArrayOf("bigint", taken.stream().map(Taken::id).toArray());
    }

    private String notDone(RetentionStep step) {
        return " AND " + alias + "." + (step == RetentionStep.PSEUDONYMISE ? pseudonymisedColumn : fileDeletedColumn)
                + " IS NULL";
    }

    private static void bind(Connection c, PreparedStatement s, RetentionSelection selection) throws SQLException {
        s.setString(1, selection.outcome());
        s.setDate(2, Date.valueOf(selection.closedBefore()));
        s.setArray(3, c.createArrayOf("varchar", selection.heldReferences().toArray()));
    }
}
