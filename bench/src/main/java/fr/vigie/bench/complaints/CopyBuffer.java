package fr.vigie.bench.complaints;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows of one table in PostgreSQL's COPY text format, encoded in memory (on the thread that makes the
 * stories) and sent to the server later in one COPY per table and batch: no statement per row.
 * Values are escaped (backslash, tab, line breaks); null is {@code \N}.
 */
final class CopyBuffer implements AutoCloseable {
    private static final int CHUNK = 1 << 20;

    private final Map<String, byte[]> tables;
    private final String target;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(CHUNK);
    private final StringBuilder line = new StringBuilder(CHUNK + 4096);
    private boolean firstColumn = true;
    private long rows;

    /** Rows for {@code table (columns)}, put in {@code tables} under that key when closed. */
    CopyBuffer(Map<String, byte[]> tables, String table, String columns) {
        this.tables = tables;
        this.target = table + " (" + columns + ")";
    }

    /**
     * Sends encoded rows; {@code freeze} writes them frozen (the table must have been truncated in
     * the current transaction).
     */
    static void copy(Connection connection, String target, byte[] rows, boolean freeze) throws SQLException {
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY " + target + " FROM STDIN" + (freeze ? " WITH (FREEZE)" : ""));
        try {
            for (int at = 0; at < rows.length; at += CHUNK) {
                copy.writeToCopy(rows, at, Math.min(CHUNK, rows.length - at));
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
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

    void endRow() {
        line.append('\n');
        firstColumn = true;
        rows++;
        if (line.length() >= CHUNK) {
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

    private void flush() {
        bytes.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
    }

    @Override
    public void close() {
        flush();
        tables.put(target, bytes.toByteArray());
    }
}
