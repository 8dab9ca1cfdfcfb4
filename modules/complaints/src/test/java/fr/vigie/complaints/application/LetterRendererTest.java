package fr.vigie.complaints.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.Channel;
import fr.vigie.complaints.domain.Complainant;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.complaints.domain.NewComplaint;
import fr.vigie.complaints.domain.Organisation;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityRules;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The letters as the organisation reads them: the request for information gives the last day of
 * the answer its clock's policy computed, written out in French, never a period spelt in the
 * template. Letters go out in French only (there is no English letter bundle).
 */
class LetterRendererTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final CaseOrganisation COPY = new CaseOrganisation(null, "Société Exemple SA", "732829320");

    private static Complaint complaint() {
        NewComplaint facts = new NewComplaint(
                Channel.WEB_FORM,
                TODAY.minusDays(3),
                new Complainant("Claire Martin", "claire.martin@example.fr", null),
                new Organisation("Société Exemple SA", "FR", "732829320"),
                "La société refuse de répondre à ma demande d'accès à mes données depuis trois mois.",
                Set.of(Category.ACCESS_RIGHT),
                1);
        return new Complaint(
                ComplaintReference.of(2026, 1),
                null,
                facts,
                PriorityRules.assess(facts.categories(), 1, 0),
                new Stamp("handler", Instant.parse("2026-12-04T09:00:00Z"), TODAY));
    }

    /** The text of the PDF, with its line breaks and runs of spaces made single spaces. */
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

    @Test
    void aRequestGivesTheAnswersLastDayItsPolicySetWrittenOutInFrench() throws IOException {
        // the due date of the request's clock (COMPLAINT_INSTRUCTION_REQUEST_ANSWER), as ComplaintActs passes it
        String letter = text(new LetterRenderer()
                .render(
                        LetterType.REQUEST_FOR_INFORMATION,
                        complaint(),
                        COPY,
                        "La copie du registre des activités de traitement.",
                        null,
                        TODAY,
                        LocalDate.of(2027, 1, 5)));

        assertTrue(letter.contains("au plus tard le 5 janvier 2027"), letter);
        assertFalse(letter.contains("un mois"), "the period is the policy's, not the template's words: " + letter);
        assertFalse(letter.contains("Claire Martin"), "a letter to the organisation never names the complainant");
    }

    @Test
    void theAnswersLastDayIsTheOneGivenNotAFixedPeriodAfterTheLetter() throws IOException {
        // a policy revised to a shorter period: the letter follows the date given, not a month after its own date
        String letter = text(new LetterRenderer()
                .render(
                        LetterType.REQUEST_FOR_INFORMATION,
                        complaint(),
                        COPY,
                        "Les mentions d'information affichées sur le site.",
                        null,
                        TODAY,
                        LocalDate.of(2026, 12, 21)));

        assertTrue(letter.contains("au plus tard le 21 décembre 2026"), letter);
        assertFalse(letter.contains("4 janvier 2027"), letter);
    }

    @Test
    void fixedTextsAndOutcomesReadTheirApostrophesOnce() throws IOException {
        // the bundle is written for MessageFormat (apostrophes doubled): every text goes through it,
        // not only the ones with arguments
        String closure = text(new LetterRenderer()
                .render(
                        LetterType.CLOSURE,
                        complaint(),
                        COPY,
                        null,
                        Outcome.TRANSFERRED_TO_LEAD_AUTHORITY,
                        TODAY,
                        null));

        assertFalse(closure.contains("''"), closure);
        assertTrue(closure.contains("transmission à l'autorité chef de file"), closure);
        assertTrue(closure.contains("Nous vous prions d'agréer"), closure);
        assertTrue(closure.contains("si vous n'êtes pas informé"), closure);
    }

    @Test
    void aLetterWrittenNowNamesTheOrganisationAsTheDirectoryNamesItToday() throws IOException {
        // the complaint copied "Société Exemple SA"; the directory has since corrected the name
        String letter = text(new LetterRenderer()
                .render(
                        LetterType.REQUEST_FOR_INFORMATION,
                        complaint(),
                        new CaseOrganisation(7L, "Exemple Groupe SAS", "732829320"),
                        "Le registre.",
                        null,
                        TODAY,
                        LocalDate.of(2027, 1, 5)));

        assertTrue(letter.contains("Exemple Groupe SAS"), letter);
        assertFalse(letter.contains("Société Exemple SA"), letter);
    }
}
