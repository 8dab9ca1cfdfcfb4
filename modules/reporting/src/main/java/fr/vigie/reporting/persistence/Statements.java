package fr.vigie.reporting.persistence;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.ReportReads;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JDBC chores the report queries share: running a statement into rows, totals, paging and sorting. */
final class Statements {
    private Statements() {}

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet r) throws SQLException;
    }

    static <T> List<T> list(Connection c, Sql sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(reader.read(r));
            }
        }
        return rows;
    }

    /** {@code SELECT count(*)} over a {@code FROM ... WHERE ...}. */
    static long count(Connection c, Sql where) throws SQLException {
        return single(c, new Sql().append("SELECT count(*)").appendAll(where));
    }

    /** {@code SELECT COALESCE(sum(column), 0)} over a {@code FROM ... WHERE ...} of counts. */
    static long sumOf(Connection c, Sql from, String column) throws SQLException {
        return single(
                c, new Sql().append("SELECT COALESCE(sum(" + column + "), 0)").appendAll(from));
    }

    private static long single(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A whitelisted sort column: an unknown or missing key gives the list's default. */
    static String orderBy(Map<String, String> sorts, String sort, String fallback) {
        return sorts.getOrDefault(sort == null ? "" : sort, fallback);
    }

    static String direction(boolean ascending) {
        return ascending ? " ASC" : " DESC";
    }

    static String limit(int offset, int limit) {
        return " LIMIT " + Math.max(1, Math.min(limit, ReportReads.MAX_PAGE)) + " OFFSET " + Math.max(0, offset);
    }

    static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static List<String> textArray(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
