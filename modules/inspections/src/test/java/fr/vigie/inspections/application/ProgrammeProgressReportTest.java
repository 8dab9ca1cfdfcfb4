package fr.vigie.inspections.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgrammeProgressReportTest {
    private static final List<ProgressRow> ROWS = List.of(
            new ProgressRow("AI", "Intelligence artificielle", "Artificial intelligence", 10, 3, 4, 3),
            new ProgressRow("MINORS", "=Mineurs", "Minors", null, 1, 0, 0));

    @Test
    void csvHasOneLinePerThemeAndTheYearsTotalInTheReadersLanguage() throws IOException {
        String csv = new String(write(ProgrammeProgressReport.Format.CSV, Locale.ENGLISH), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\ufeffTheme;Target;Planned;Not started;Under way;Done;% of target done", lines.get(0));
        assertEquals("Artificial intelligence;10;10;3;4;3;30", lines.get(1));
        assertEquals("Minors;;1;1;0;0;", lines.get(2));
        assertEquals("Total;10;11;4;4;3;30", lines.get(3));
    }

    @Test
    void aLabelStartingAFormulaIsNeutralised() throws IOException {
        String csv = new String(write(ProgrammeProgressReport.Format.CSV, Locale.FRENCH), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\n'=Mineurs;"), csv);
    }

    @Test
    void xlsxAndPdfAreWhatTheySay() throws IOException {
        byte[] xlsx = write(ProgrammeProgressReport.Format.XLSX, Locale.FRENCH);
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
        byte[] pdf = write(ProgrammeProgressReport.Format.PDF, Locale.FRENCH);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aZeroTargetHasNoPercentage() {
        assertNull(new ProgressRow("AI", "a", "a", 0, 0, 0, 0).percentOfTarget());
        assertEquals(100L, new ProgressRow("AI", "a", "a", 2, 0, 0, 2).percentOfTarget());
    }

    private static byte[] write(ProgrammeProgressReport.Format format, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgrammeProgressReport().write(format, 2026, ROWS, locale, out);
        return out.toByteArray();
    }
}
