package fr.vigie.sanctions.web;

import fr.vigie.sanctions.application.ActivityRow;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * The activity report as CSV: UTF-8 with a byte order mark and semicolons, as French spreadsheets
 * open it; a cell starting with a formula character is neutralised (CSV injection: article texts
 * are typed by people).
 */
final class ActivityCsv {
    static final List<String> HEADERS = List.of(
            "year",
            "procedure",
            "article",
            "decisions",
            "with_fine",
            "with_injunction",
            "with_call_to_order",
            "with_limitation",
            "with_suspension",
            "fines_total_eur");

    private ActivityCsv() {}

    static void write(List<ActivityRow> rows, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\ufeff');
        writer.println(String.join(";", HEADERS));
        for (ActivityRow r : rows) {
            writer.println(String.join(
                    ";",
                    Stream.of(
                                    String.valueOf(r.year()),
                                    r.procedure(),
                                    r.article(),
                                    String.valueOf(r.decisions()),
                                    String.valueOf(r.withFine()),
                                    String.valueOf(r.withInjunction()),
                                    String.valueOf(r.withCallToOrder()),
                                    String.valueOf(r.withLimitation()),
                                    String.valueOf(r.withSuspension()),
                                    r.finesTotal().toPlainString())
                            .map(ActivityCsv::cell)
                            .toList()));
        }
        writer.flush();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
