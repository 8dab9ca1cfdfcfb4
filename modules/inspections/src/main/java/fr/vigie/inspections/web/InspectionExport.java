package fr.vigie.inspections.web;

import fr.vigie.inspections.application.InspectionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The filtered inspection list as CSV (UTF-8 with BOM, semicolons, for French spreadsheets) or XLSX
 * (POI streaming workbook: a window of rows in memory), written as rows come from the database.
 */
@ApplicationScoped
public class InspectionExport {
    static final List<String> HEADERS = List.of(
            "reference",
            "status",
            "origin",
            "type",
            "theme",
            "year",
            "quarter",
            "organisation",
            "siren_siret",
            "lead_inspector",
            "opened_on",
            "next_deadline",
            "outcome");
    private static final int XLSX_WINDOW = 200;
    private static final int[] DATE_COLUMNS = {10, 11};

    /** Where rows come from: calls the consumer once per row, in order. */
    public interface Rows {
        void forEach(Consumer<InspectionSummary> sink);
    }

    public void csv(Rows rows, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\ufeff');
        writer.println(String.join(";", HEADERS));
        rows.forEach(row -> writer.println(String.join(
                ";", values(row).stream().map(InspectionExport::csvCell).toList())));
        writer.flush();
    }

    public void xlsx(Rows rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Contrôles");
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
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
                    if (i == DATE_COLUMNS[0] || i == DATE_COLUMNS[1]) {
                        LocalDate day = i == DATE_COLUMNS[0] ? row.openedOn() : row.nextDeadline();
                        if (day != null) {
                            line.createCell(i).setCellValue(day);
                            line.getCell(i).setCellStyle(date);
                        }
                    } else if (i == 5 || i == 6) {
                        line.createCell(i).setCellValue(Integer.parseInt(values.get(i)));
                    } else if (!values.get(i).isEmpty()) {
                        line.createCell(i).setCellValue(values.get(i));
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, HEADERS.size() - 1));
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    static List<String> values(InspectionSummary r) {
        List<String> values = new ArrayList<>();
        values.add(r.reference());
        values.add(r.status());
        values.add(r.origin());
        values.add(r.type());
        values.add(r.theme());
        values.add(String.valueOf(r.year()));
        values.add(String.valueOf(r.quarter()));
        values.add(text(r.organisationName()));
        values.add(text(r.organisationNumber()));
        values.add(text(r.lead()));
        values.add(text(r.openedOn()));
        values.add(text(r.nextDeadline()));
        values.add(text(r.outcome()));
        return values;
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
