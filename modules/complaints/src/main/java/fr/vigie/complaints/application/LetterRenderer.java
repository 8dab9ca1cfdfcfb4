package fr.vigie.complaints.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.LetterType;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Renders a complaint's letters to PDF from the templates of bundle
 * {@code fr.vigie.complaints.i18n.letters} (French: letters go out in French). Letters to the
 * organisation never name the complainant (décret 2019-536 art. 38): their templates take no
 * complainant argument, and {@link #render} does not pass one.
 */
@ApplicationScoped
public class LetterRenderer {
    static final String BUNDLE = "fr.vigie.complaints.i18n.letters";
    private static final Locale LETTER_LOCALE = Locale.FRENCH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LETTER_LOCALE);

    /**
     * @param organisation the organisation as named today, read from the directory when the complaint
     *                     has an id ({@link CaseOrganisation#read}), its own copy otherwise: a letter
     *                     written now carries the corrected name; letters already written stay as sent
     * @param body         the variable part written by the handler (request, information, closure
     *                     reason); may be null
     * @param outcome      the outcome, for the closure letter; may be null
     * @param answerDue    the day an answer is due, written in a request (argument 5 of its text); may be null
     */
    public byte[] render(
            LetterType type,
            Complaint complaint,
            CaseOrganisation organisation,
            String body,
            Outcome outcome,
            LocalDate date,
            LocalDate answerDue) {
        ResourceBundle t = ResourceBundle.getBundle(
                BUNDLE,
                LETTER_LOCALE,
                getClass().getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean toComplainant = type.recipient() == LetterType.Recipient.COMPLAINANT;
        String recipient = toComplainant ? complaint.complainant().name() : organisation.name();
        String result = outcome == null ? "" : text(t, "outcome." + outcome.name());
        Object[] args = {
            complaint.reference().value(),
            DATE.format(complaint.receivedOn()),
            organisation.name(),
            body == null ? "" : body,
            result,
            answerDue == null ? "" : DATE.format(answerDue)
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(format(t, type.name() + ".subject", args));
            pdf.addCreator("Vigie");
            pdf.open();
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            pdf.add(new Paragraph(text(t, "letter.authority"), bold));
            pdf.add(new Paragraph(text(t, "letter.address"), small));
            pdf.add(spaced(
                    new Paragraph(MessageFormat.format(t.getString("letter.place"), DATE.format(date)), normal)));
            pdf.add(new Paragraph(recipient, bold));
            pdf.add(spaced(new Paragraph(format(t, "letter.reference", args), normal)));
            pdf.add(spaced(new Paragraph(format(t, type.name() + ".subject", args), bold)));
            pdf.add(spaced(new Paragraph(text(t, "letter.greeting"), normal)));
            for (String paragraph : format(t, type.name() + ".body", args).split("\\n")) {
                pdf.add(spaced(new Paragraph(paragraph, normal)));
            }
            if (toComplainant) {
                pdf.add(spaced(new Paragraph(text(t, "letter.rights"), small)));
            }
            pdf.add(spaced(new Paragraph(text(t, "letter.closing"), normal)));
            pdf.add(new Paragraph(text(t, "letter.signature"), bold));
        } catch (DocumentException e) {
            throw new IllegalStateException(
                    "Letter " + type + " of " + complaint.reference() + " could not be rendered", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    public String filename(LetterType type, Complaint complaint, LocalDate date) {
        return complaint.reference().value() + "-"
                + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + date + ".pdf";
    }

    private static String format(ResourceBundle t, String key, Object[] args) {
        return new MessageFormat(t.getString(key), LETTER_LOCALE).format(args);
    }

    /**
     * A text without arguments, read as MessageFormat like the others: the bundle doubles its
     * apostrophes for MessageFormat, so a text read as it is would print them twice.
     */
    private static String text(ResourceBundle t, String key) {
        return format(t, key, new Object[0]);
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(10);
        return p;
    }
}
