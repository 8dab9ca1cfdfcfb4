package fr.vigie.reporting.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A statement being assembled: SQL text with {@code ?} placeholders and their values, in order. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql append(String sql, Object... values) {
        text.append(sql);
        params.addAll(java.util.Arrays.asList(values));
        return this;
    }

    Sql and(String clause, Object... values) {
        return append(" AND " + clause, values);
    }

    Sql appendAll(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    String text() {
        return text.toString();
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
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
}
