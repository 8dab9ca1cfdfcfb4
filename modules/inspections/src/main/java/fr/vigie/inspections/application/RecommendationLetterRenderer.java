package fr.vigie.inspections.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.inspections.domain.Finding;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The letter closing an inspection "with recommendations" (OpenPDF), in French, the language of the
 * act: the organisation, what the inspection found, the recommendations (the head's closing reasons)
 * and the statement that the procedure ends there. Signed by the head of inspections who closes.
 */
@ApplicationScoped
public class RecommendationLetterRenderer {
    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(FRENCH);
    private static final Map<String, String> SEVERITY =
            Map.of("MINOR", "mineur", "SIGNIFICANT", "significatif", "SERIOUS", "grave");

    /**
     * @param organisation the organisation as named today (the directory's when the inspection has an
     *                     id, {@link CaseOrganisation#read}); a letter already sent stays as written
     */
    public byte[] render(Inspection inspection, CaseOrganisation organisation, String headName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Clôture du contrôle " + inspection.reference().value());
            pdf.addCreator("Vigie");
            pdf.open();
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            pdf.add(new Paragraph("Autorité de protection des données", bold));
            pdf.add(new Paragraph("Service des contrôles", small));
            String number = organisation.number() == null ? "" : " (" + organisation.number() + ")";
            pdf.add(spaced(new Paragraph(organisation.name() + number, bold)));
            pdf.add(new Paragraph(inspection.organisation().country(), normal));
            pdf.add(spaced(new Paragraph(
                    "Objet : clôture du contrôle n° " + inspection.reference().value() + " avec recommandations",
                    bold)));
            pdf.add(spaced(new Paragraph(
                    "Vu le règlement (UE) 2016/679, notamment son article 58 ; vu la loi n° 78-17 du 6 janvier 1978"
                            + " modifiée, notamment son article 19 ;",
                    normal)));
            String notified = inspection.minutes().notifiedOn() == null
                    ? ""
                    : ", dont le procès-verbal vous a été notifié le "
                            + DATE.format(inspection.minutes().notifiedOn());
            pdf.add(spaced(new Paragraph(
                    "L’autorité a procédé à un contrôle de votre organisme (objet : " + inspection.subject() + ")"
                            + notified + ".",
                    normal)));
            if (!inspection.findings().isEmpty()) {
                pdf.add(spaced(new Paragraph("Les constats suivants ont été relevés :", normal)));
                for (Finding f : inspection.findings()) {
                    pdf.add(new Paragraph(
                            "• " + f.article() + " (manquement "
                                    + SEVERITY.getOrDefault(
                                            f.severity().name(), f.severity().name())
                                    + ") : " + f.description(),
                            normal));
                }
            }
            pdf.add(spaced(new Paragraph("L’autorité vous adresse les recommandations suivantes :", normal)));
            pdf.add(spaced(new Paragraph(inspection.closure().reason(), normal)));
            pdf.add(spaced(new Paragraph(
                    "Au vu de ces éléments, la procédure de contrôle est clôturée sans autre suite. L’autorité"
                            + " pourra vérifier ultérieurement la mise en œuvre de ces recommandations.",
                    normal)));
            pdf.add(spaced(
                    new Paragraph("Fait le " + DATE.format(inspection.closure().closedOn()), normal)));
            pdf.add(new Paragraph("Pour l’autorité, le chef du service des contrôles, " + headName, bold));
        } catch (DocumentException e) {
            throw new IllegalStateException(
                    "Closure letter of " + inspection.reference() + " could not be rendered", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    public String filename(Inspection inspection) {
        return inspection.reference().value() + "-lettre-de-cloture.pdf";
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(10);
        return p;
    }
}
