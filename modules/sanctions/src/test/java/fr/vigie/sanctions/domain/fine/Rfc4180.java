package fr.vigie.sanctions.domain.fine;

import java.util.ArrayList;
import java.util.List;

/**
 * A small reader of comma-separated values as RFC 4180 defines them: a field may be quoted,
 * a quoted field may hold commas, line breaks and doubled quotes ({@code ""}); records end with
 * CRLF or LF. Blank lines are skipped. Enough for the test vectors, no dependency added.
 */
final class Rfc4180 {

    private Rfc4180() {}

    /**
     * The records of a text, each a list of fields.
     *
     * @throws IllegalArgumentException for a quote left open or text after a closing quote,
     *                                  naming the line
     */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterClosingQuote = false;
        boolean fieldStarted = false;
        int line = 1;
        int quoteOpenedOnLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterClosingQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (fieldStarted || afterClosingQuote) {
                        throw new IllegalArgumentException("Line " + line + ": a quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                    quoteOpenedOnLine = line;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    afterClosingQuote = false;
                }
                case '\r' -> {
                    // CRLF: the LF ends the record; a lone CR is kept out of the field
                }
                case '\n' -> {
                    endRecord(records, fields, field, fieldStarted);
                    fields = new ArrayList<>();
                    fieldStarted = false;
                    afterClosingQuote = false;
                    line++;
                }
                default -> {
                    if (afterClosingQuote) {
                        throw new IllegalArgumentException("Line " + line + ": text after a closing quote");
                    }
                    field.append(c);
                    fieldStarted = true;
                }
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + quoteOpenedOnLine + ": a quoted field is never closed");
        }
        endRecord(records, fields, field, fieldStarted);
        return records;
    }

    private static void endRecord(
            List<List<String>> records, List<String> fields, StringBuilder field, boolean fieldStarted) {
        if (fields.isEmpty() && !fieldStarted && field.length() == 0) {
            return;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(fields));
    }
}
