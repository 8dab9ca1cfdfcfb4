package fr.vigie.sanctions.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.sanctions.domain.Breach;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.Undertaking;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A formal notice written now names the organisation as the directory names it today (ADR 7 step 1). */
class LetterRendererOrganisationTest {
    private static final Stamp STAMP =
            new Stamp("president", Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 1));

    @Test
    void aNoticeWrittenNowNamesTheCorrectedOrganisation() throws IOException {
        FormalNotice notice = new FormalNotice(
                "MD-2026-000001",
                new Undertaking("Ancien nom", "732829320", null, Money.euros(new BigDecimal("1000000")), 2025, false),
                List.of(new Breach("RGPD art. 32", "SERIOUS", "Mots de passe en clair")),
                "Hacher les mots de passe",
                null,
                CaseRef.parse("inspections:CTL-2026-0042"),
                Set.of("ines"),
                STAMP);
        notice.sign(STAMP);

        String text = text(new LetterRenderer().notice(notice, new CaseOrganisation(7L, "Nouveau nom", "732829320")));

        assertTrue(text.contains("Nouveau nom (732829320)"), text);
        assertFalse(text.contains("Ancien nom"), text);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append(' ');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
