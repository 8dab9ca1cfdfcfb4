package fr.vigie.inspections.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The "programme progress" report (planned vs done per theme) as CSV (UTF-8 with BOM, semicolons,
 * for French spreadsheets), XLSX or PDF, headed in the reader's language. A year has a handful of
 * themes: the rows are built in memory, unlike the inspection list's streamed export.
 */
@ApplicationScoped
public class ProgrammeProgressReport {
    private static final String BUNDLE = "fr.vigie.inspections.i18n.messages";
    private static final List<String> COLUMNS = List.of(
            "col.theme",
            "programme.target",
            "progress.planned",
            "progress.notStarted",
            "progress.started",
            "progress.done",
            "progress.percent");

    /** The formats offered; the extension names the file. */
    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String filename(int year) {
            return "avancement-programme-" + year + "." + extension;
        }
    }

    public void write(Format format, int year, List<ProgressRow> rows, Locale locale, OutputStream out)
            throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        List<String> headers = COLUMNS.stream().map(texts::getString).toList();
        List<List<String>> lines = new ArrayList<>();
        for (ProgressRow row : rows) {
            lines.add(cells(row, locale));
        }
        lines.add(totals(rows, texts.getString("programme.total")));
        switch (format) {
            case CSV -> csv(headers, lines, out);
            case XLSX -> xlsx(headers, lines, out);
            case PDF ->
                pdf(texts.getString("progress.title").replace("{0}", String.valueOf(year)), headers, lines, out);
        }
    }

    private static List<String> cells(ProgressRow row, Locale locale) {
        return List.of(
                row.label(locale),
                row.target() == null ? "" : row.target().toString(),
                String.valueOf(row.planned()),
                String.valueOf(row.notStarted()),
                String.valueOf(row.started()),
                String.valueOf(row.done()),
                row.percentOfTarget() == null ? "" : row.percentOfTarget().toString());
    }

    /** The year as a whole: targets and counts summed, the percentage over the themes with a target. */
    private static List<String> totals(List<ProgressRow> rows, String label) {
        long target = rows.stream()
                .filter(r -> r.target() != null)
                .mapToLong(ProgressRow::target)
                .sum();
        long doneOnTarget = rows.stream()
                .filter(r -> r.target() != null)
                .mapToLong(ProgressRow::done)
                .sum();
        return List.of(
                label,
                String.valueOf(target),
                String.valueOf(rows.stream().mapToLong(ProgressRow::planned).sum()),
                String.valueOf(rows.stream().mapToLong(ProgressRow::notStarted).sum()),
                String.valueOf(rows.stream().mapToLong(ProgressRow::started).sum()),
                String.valueOf(rows.stream().mapToLong(ProgressRow::done).sum()),
                target == 0 ? "" : String.valueOf(Math.round(100.0 * doneOnTarget / target)));
    }

    private static void csv(List<String> headers, List<List<String>> lines, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\ufeff');
        writer.println(String.join(
                ";", headers.stream().map(ProgrammeProgressReport::csvCell).toList()));
        lines.forEach(line -> writer.println(String.join(
                ";", line.stream().map(ProgrammeProgressReport::csvCell).toList())));
        writer.flush();
    }

    /** Quotes when needed; a leading formula character is neutralised (a theme label is typed by an administrator). */
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

    private static void xlsx(List<String> headers, List<List<String>> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Programme");
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                first.createCell(c).setCellValue(headers.get(c));
                first.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> line = lines.get(r);
                row.createCell(0).setCellValue(line.get(0));
                for (int c = 1; c < line.size(); c++) {
                    if (!line.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(Long.parseLong(line.get(c)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.autoSizeColumn(0);
            workbook.write(out);
        }
    }

    private static void pdf(String title, List<String> headers, List<List<String>> lines, OutputStream out) {
        Document pdf = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.addCreator("Vigie");
            pdf.open();
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Paragraph heading = new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14));
            heading.setSpacingAfter(12);
            pdf.add(heading);
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setWidths(new float[] {4, 1, 1, 1, 1, 1, 1});
            table.setHeaderRows(1);
            headers.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, bold))));
            for (int r = 0; r < lines.size(); r++) {
                Font font = r == lines.size() - 1 ? bold : normal;
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    PdfPCell cell = new PdfPCell(new Phrase(line.get(c), font));
                    if (c > 0) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            pdf.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("The programme progress report could not be rendered", e);
        } finally {
            pdf.close();
        }
    }
}
