package fr.vigie.bench.reporting;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One {@code COPY ... FROM STDIN} in text format on its own connection, fed row by row through a
 * buffer. Several streams on several connections let PostgreSQL load several tables at once.
 */
final class CopyStream implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;

    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;
    private boolean first = true;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyStream col(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\\' -> buffer.append("\\\\");
                    default -> buffer.append(ch);
                }
            }
        } else if (value instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (value instanceof LocalDate d) {
            buffer.append(d);
        } else {
            buffer.append(value);
        }
        return this;
    }

    void end() throws SQLException {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        connection.commit();
        connection.close();
    }
}
