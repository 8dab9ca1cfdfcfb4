package fr.vigie.inspections.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionType;
import fr.vigie.inspections.domain.NewInspection;
import fr.vigie.inspections.domain.Organisation;
import fr.vigie.inspections.domain.Origin;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A mission order signed now names the organisation as the directory names it today (ADR 7 step 1),
 * with the SIRET the inspection named when it belongs to the directory's SIREN.
 */
class MissionOrderRendererTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void anOrderSignedNowNamesTheCorrectedOrganisation() throws IOException {
        Stamp head = new Stamp("head", Instant.parse("2026-12-07T10:00:00Z"), TODAY);
        Inspection i = new Inspection(
                InspectionReference.of(2026, 42),
                new NewInspection(
                        Origin.PROGRAMME,
                        null,
                        null,
                        InspectionType.ON_SITE,
                        "MINORS",
                        2026,
                        4,
                        Organisation.of("Jeux en ligne SAS", "732 829 320", "FR", false, true),
                        "Contrôle du recueil du consentement"),
                head);
        i.prepare("ines", Set.of("paul"), "Paris", TODAY.plusDays(5), Set.of(), head);

        String text = text(new MissionOrderRenderer()
                .render(i, new CaseOrganisation(7L, "Jeux en ligne Groupe SAS", "732829320"), "Marie Curie", TODAY));

        assertTrue(text.contains("Jeux en ligne Groupe SAS (732829320)"), text);
        assertFalse(text.contains("Jeux en ligne SAS"), text);
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
