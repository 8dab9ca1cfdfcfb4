package fr.vigie.platform.api.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A statement or a filter being assembled for the lists and reports that are written in SQL: text
 * with {@code ?} placeholders and their values in order, so that user input never reaches the SQL
 * text. Plain Java (no container), so that the benchmarks in {@code bench/} run exactly the
 * statements the screens run: {@link #prepare} for JDBC, {@link #jpaSql()} for a JPA native query
 * (positional {@code ?1, ?2...}).
 *
 * <p>A filter adds its conditions with {@link #where}: the first opens the {@code WHERE}, the next
 * ones are joined with {@code AND}; no condition leaves the text empty.
 */
public final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private boolean filtered;

    /** Appends text and the values of its placeholders. */
    public Sql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** Appends {@code AND clause} to a statement that already has its {@code WHERE}. */
    public Sql and(String clause, Object... values) {
        return append(" AND " + clause, values);
    }

    /** Adds a condition of a filter: {@code WHERE clause} the first time, {@code AND clause} after. */
    public Sql where(String clause, Object... values) {
        append((filtered ? " AND " : " WHERE ") + clause, values);
        filtered = true;
        return this;
    }

    /** Appends another statement (or filter) and its values. */
    public Sql appendAll(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** The text with JDBC placeholders ({@code ?}). */
    public String text() {
        return text.toString();
    }

    /** The same as {@link #text()}: the statement for a JDBC {@link PreparedStatement}. */
    public String jdbcSql() {
        return text();
    }

    /** The text with JPA positional parameters ({@code ?1, ?2...} in order of appearance). */
    public String jpaSql() {
        Matcher marks = java.util.regex.Pattern.compile("\\?").matcher(text);
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        while (marks.find()) {
            marks.appendReplacement(numbered, "?" + ++n);
        }
        marks.appendTail(numbered);
        return numbered.toString();
    }

    /** The values of the placeholders, in order. */
    public List<Object> params() {
        return List.copyOf(params);
    }

    /** A JDBC statement with the values bound (dates as SQL dates, collections as text arrays). */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        int i = 1;
        for (Object p : params) {
            if (p instanceof LocalDate d) {
                statement.setDate(i++, Date.valueOf(d));
            } else if (p instanceof Collection<?> c) {
                statement.setArray(i++, connection.createArrayOf("text", c.toArray()));
            } else {
                statement.setObject(i++, p);
            }
        }
        return statement;
    }

    /**
     * Values of a closed list (statuses, categories) written as SQL literals, each checked against
     * the list: the planner then sees each value's real selectivity, and no user text reaches the SQL.
     * Values outside the list are dropped; none left gives {@code NULL} (matches nothing).
     */
    public static String literals(Collection<String> values, Set<String> allowed) {
        List<String> known = values.stream()
                .filter(allowed::contains)
                .sorted()
                .map(v -> "'" + v + "'")
                .toList();
        return known.isEmpty() ? "NULL" : String.join(", ", known);
    }

    /** Escapes the wildcards of {@code LIKE} in a text typed by a person. */
    public static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Whether a filter field was filled in. */
    public static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
