package fr.vigie.reporting.export;

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
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a {@link ReportDocument} in one of the {@link ExportFormat}s. */
public final class ReportWriter {
    /** PDF tables stop there (a PDF of 100,000 rows helps no one): the CSV and XLSX exports carry every row. */
    static final int PDF_MAX_ROWS = 2_000;

    public void write(ReportDocument document, ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(document, out);
            case XLSX -> xlsx(document, out);
            case PDF -> pdf(document, out);
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    /** UTF-8 with BOM and semicolons (what French spreadsheet software expects); one block per table. */
    void csv(ReportDocument document, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\ufeff');
        w.println(cell(document.title()));
        for (String note : document.notes()) {
            w.println(cell(note));
        }
        for (ReportDocument.Table table : document.tables()) {
            w.println();
            w.println(cell(table.title()));
            w.println(String.join(
                    ";", table.headers().stream().map(ReportWriter::cell).toList()));
            for (List<Object> row : table.rows()) {
                w.println(String.join(";", row.stream().map(v -> cell(text(v))).toList()));
            }
        }
        w.flush();
    }

    void xlsx(ReportDocument document, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet("Rapport");
            int r = 0;
            summary.createRow(r++).createCell(0).setCellValue(document.title());
            summary.getRow(0).getCell(0).setCellStyle(bold);
            for (String note : document.notes()) {
                summary.createRow(r++).createCell(0).setCellValue(note);
            }
            int index = 1;
            for (ReportDocument.Table table : document.tables()) {
                Sheet sheet = book.createSheet(index++ + " " + safeSheetName(table.title()));
                int row = 0;
                sheet.createRow(row++).createCell(0).setCellValue(table.title());
                Row header = sheet.createRow(row++);
                for (int c = 0; c < table.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.headers().get(c));
                    cell.setCellStyle(bold);
                }
                for (List<Object> values : table.rows()) {
                    Row line = sheet.createRow(row++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = line.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    void pdf(ReportDocument document, OutputStream out) {
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(document.title());
            pdf.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            pdf.add(new Paragraph(document.title(), title));
            for (String note : document.notes()) {
                pdf.add(new Paragraph(note, small));
            }
            for (ReportDocument.Table table : document.tables()) {
                Paragraph p = new Paragraph(table.title(), heading);
                p.setSpacingBefore(10);
                p.setSpacingAfter(4);
                pdf.add(p);
                PdfPTable grid = new PdfPTable(Math.max(1, table.headers().size()));
                grid.setWidthPercentage(100);
                grid.setHeaderRows(1);
                for (String h : table.headers()) {
                    grid.addCell(new PdfPCell(new Phrase(h, smallBold)));
                }
                int shown = 0;
                for (List<Object> row : table.rows()) {
                    if (shown++ >= PDF_MAX_ROWS) {
                        break;
                    }
                    for (Object v : row) {
                        PdfPCell cell = new PdfPCell(new Phrase(text(v), small));
                        if (v instanceof Number) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        grid.addCell(cell);
                    }
                }
                if (table.headers().isEmpty()) {
                    grid.addCell("");
                }
                pdf.add(grid);
                if (table.rows().size() > PDF_MAX_ROWS) {
                    pdf.add(new Paragraph("… " + (table.rows().size() - PDF_MAX_ROWS) + " (CSV / XLSX)", small));
                }
            }
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("PDF export failed: " + e.getMessage(), e));
        } finally {
            pdf.close();
        }
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }

    /** Quotes when needed; a leading formula character is neutralised (CSV injection). */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 26 ? cleaned.substring(0, 26) : cleaned;
    }
}
