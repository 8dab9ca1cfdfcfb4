package fr.vigie.complaints.web;

import fr.vigie.complaints.application.ComplaintSummary;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The filtered work list as CSV (UTF-8 with BOM, semicolons: what French spreadsheet software
 * expects). No complainant identity is exported. (XLSX is not offered yet: Apache POI does not
 * resolve from this build's repository.)
 */
@ApplicationScoped
public class WorklistExport {
    static final List<String> HEADERS = List.of("reference", "received_on", "status", "organisation", "siren_siret",
            "categories", "priority", "priority_decided", "assignee", "campaign", "art78_clock", "art78_due");

    public void csv(List<ComplaintSummary> rows, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\ufeff');
        writer.println(String.join(";", HEADERS));
        for (ComplaintSummary row : rows) {
            writer.println(String.join(";", values(row).stream().map(WorklistExport::csvCell).toList()));
        }
        writer.flush();
    }

    static List<String> values(ComplaintSummary row) {
        return List.of(row.reference(), text(row.receivedOn()), row.status(), text(row.organisationName()),
                text(row.organisationIdentifier()), text(row.categories()), text(row.priority()),
                String.valueOf(row.priorityDecided()), text(row.assignee()), text(row.campaign()), text(row.informState()),
                text(row.informDue()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Quotes when needed; a leading formula character is neutralised (CSV injection). */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
