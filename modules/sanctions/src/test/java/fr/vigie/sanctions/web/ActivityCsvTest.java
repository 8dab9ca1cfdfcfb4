package fr.vigie.sanctions.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.sanctions.application.ActivityRow;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityCsvTest {

    @Test
    void oneLinePerYearProcedureAndArticleWithBomAndSemicolons() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActivityCsv.write(
                List.of(new ActivityRow(
                        2026, "ORDINARY", "RGPD art. 5; 6", 2, 1, 1, 0, 0, 1, new BigDecimal("40000000.00"))),
                out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r?\n");
        assertEquals(
                "\ufeffyear;procedure;article;decisions;with_fine;with_injunction;with_call_to_order;"
                        + "with_limitation;with_suspension;fines_total_eur",
                lines[0]);
        assertEquals("2026;ORDINARY;\"RGPD art. 5; 6\";2;1;1;0;0;1;40000000.00", lines[1]);
    }

    @Test
    void aFormulaTypedAsAnArticleIsNeutralised() {
        assertEquals("'=HYPERLINK(1)", ActivityCsv.cell("=HYPERLINK(1)"));
    }
}
