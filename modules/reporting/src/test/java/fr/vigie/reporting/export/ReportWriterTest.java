package fr.vigie.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
    private final ReportDocument document = new ReportDocument(
            "Backlog ageing",
            List.of("Data as of 2026-11-22"),
            List.of(new ReportDocument.Table(
                    "Old dossiers",
                    List.of("reference", "opened", "age"),
                    List.of(
                            Arrays.asList("=HYPERLINK(\"x\")", LocalDate.of(2023, 1, 2), 1420L),
                            Arrays.asList("DS;1", null, -3L)))));

    @Test
    void csvIsSemicolonSeparatedWithFormulasNeutralised() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter().write(document, ExportFormat.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("\ufeffBacklog ageing", lines.get(0));
        assertTrue(lines.contains("\"'=HYPERLINK(\"\"x\"\")\";2023-01-02;1420"), lines.toString());
        assertTrue(lines.contains("\"DS;1\";;-3"), "negative numbers are not formulas: " + lines);
    }

    @Test
    void xlsxHasASummaryAndOneSheetPerTable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter().write(document, ExportFormat.XLSX, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals(
                    "Backlog ageing", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(1420.0, book.getSheetAt(1).getRow(2).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void pdfCarriesTheTitle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter().write(document, ExportFormat.PDF, out);
        String raw = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF-"));
        assertTrue(raw.contains("Backlog ageing"));
    }
}
