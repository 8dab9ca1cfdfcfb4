package fr.vigie.platform.organisation.application;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records one at a time from a stream: comma separated, fields optionally
 * quoted with {@code "} (doubled inside), line ends LF or CRLF, a quoted field may span lines.
 * Knows the line where each record starts, for reports. Never holds more than one record.
 */
final class CsvRecords {
    /** A field longer than this is a broken file (an unbalanced quote swallowing the rest). */
    static final int MAX_RECORD_CHARS = 64 * 1024;

    private final Reader in;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;
    private boolean unbalancedQuote;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The line where the last record read starts. */
    long recordLine() {
        return recordLine;
    }

    /** Whether the last record ended inside a quoted field (the file ended or the record was too long). */
    boolean lastRecordBroken() {
        return unbalancedQuote;
    }

    /** The next record's fields, or null at the end of the stream. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        unbalancedQuote = false;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int length = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c == -1) {
                unbalancedQuote = quoted;
                fields.add(field.toString());
                return fields;
            }
            if (++length > MAX_RECORD_CHARS) {
                unbalancedQuote = quoted;
                skipToLineEnd(c);
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushedBack = n;
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private void skipToLineEnd(int c) throws IOException {
        while (c != -1 && c != '\n') {
            c = read();
        }
        if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
