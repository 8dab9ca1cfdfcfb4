package fr.vigie.bench.complaints;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows in PostgreSQL's COPY text format, sent to the server in large chunks: one COPY stream per
 * table, no statement per row. Values are escaped (backslash, tab, line breaks); null is {@code \N}.
 */
final class CopyBuffer implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder line = new StringBuilder(FLUSH_AT + 4096);
    private boolean firstColumn = true;
    private long rows;

    CopyBuffer(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    CopyBuffer text(String value) {
        separator();
        if (value == null) {
            line.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
        return this;
    }

    /** A value known to need no escaping (numbers, codes, dates). */
    CopyBuffer raw(Object value) {
        separator();
        line.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyBuffer number(long value) {
        separator();
        line.append(value);
        return this;
    }

    CopyBuffer date(LocalDate value) {
        return raw(value);
    }

    CopyBuffer instant(Instant value) {
        return raw(value);
    }

    CopyBuffer bool(Boolean value) {
        return raw(value == null ? null : value ? "t" : "f");
    }

    void endRow() throws SQLException {
        line.append('\n');
        firstColumn = true;
        rows++;
        if (line.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void separator() {
        if (!firstColumn) {
            line.append('\t');
        }
        firstColumn = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        line.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
