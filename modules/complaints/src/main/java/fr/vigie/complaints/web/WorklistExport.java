package fr.vigie.complaints.web;

import fr.vigie.complaints.application.ComplaintSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The filtered work list as CSV (UTF-8 with BOM, semicolons: what French spreadsheet software
 * expects) or XLSX (streamed with POI's SXSSF: only a window of rows is in memory, the rest is
 * flushed to a temporary file, so a hundred thousand rows cost no more heap than a hundred). Rows
 * arrive from the database a chunk at a time and are written as they come. No complainant identity
 * is exported.
 */
@ApplicationScoped
public class WorklistExport {
    static final List<String> HEADERS = List.of(
            "reference",
            "received_on",
            "status",
            "organisation",
            "siren_siret",
            "categories",
            "priority",
            "priority_decided",
            "assignee",
            "campaign",
            "art78_clock",
            "art78_due");
    /** Rows of the XLSX kept in memory before being flushed to the temporary file. */
    private static final int XLSX_WINDOW = 200;

    /** Where rows come from: calls the consumer once per row, in order. */
    public interface Rows {
        void forEach(Consumer<ComplaintSummary> sink);
    }

    public void csv(Rows rows, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\ufeff');
        writer.println(String.join(";", HEADERS));
        rows.forEach(row -> writer.println(String.join(
                ";", values(row).stream().map(WorklistExport::csvCell).toList())));
        writer.flush();
    }

    public void xlsx(Rows rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Plaintes");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row first = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                first.createCell(i).setCellValue(HEADERS.get(i));
                first.getCell(i).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.forEach(row -> {
                Row line = sheet.createRow(next[0]++);
                List<String> values = values(row);
                for (int i = 0; i < values.size(); i++) {
                    if (i == 1 || i == 11) {
                        LocalDate day = i == 1 ? row.receivedOn() : row.informDue();
                        if (day != null) {
                            line.createCell(i).setCellValue(day);
                            line.getCell(i).setCellStyle(date);
                        }
                    } else if (!values.get(i).isEmpty()) {
                        line.createCell(i).setCellValue(values.get(i));
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, HEADERS.size() - 1));
            for (int i = 0; i < HEADERS.size(); i++) {
                sheet.setColumnWidth(i, (i == 3 ? 40 : 16) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    static List<String> values(ComplaintSummary row) {
        return List.of(
                row.reference(),
                text(row.receivedOn()),
                row.status(),
                text(row.organisationName()),
                text(row.organisationIdentifier()),
                text(row.categories()),
                text(row.priority()),
                String.valueOf(row.priorityDecided()),
                text(row.assignee()),
                text(row.campaign()),
                text(row.informState()),
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
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
