package fr.vigie.inspections.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The mission order as a PDF (OpenPDF), in French, the language of the act: organisation, place,
 * date, team, legal basis (GDPR Art. 58(1); loi 78-17 art. 19) and the president's signature.
 */
@ApplicationScoped
public class MissionOrderRenderer {
    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(FRENCH);

    /**
     * @param organisation the organisation as named today (the directory's when the inspection has an
     *                     id, {@link CaseOrganisation#read}); an order already signed stays as written
     */
    public byte[] render(
            Inspection inspection, CaseOrganisation organisation, String presidentName, LocalDate signedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Ordre de mission " + inspection.reference().value());
            pdf.addCreator("Vigie");
            pdf.open();
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            pdf.add(new Paragraph("Autorité de protection des données", bold));
            pdf.add(new Paragraph("Présidence", small));
            pdf.add(spaced(new Paragraph(
                    "ORDRE DE MISSION n° " + inspection.reference().value(), bold)));
            pdf.add(spaced(
                    new Paragraph("Vu le règlement (UE) 2016/679, notamment son article 58, paragraphe 1 ;", normal)));
            pdf.add(new Paragraph("Vu la loi n° 78-17 du 6 janvier 1978 modifiée, notamment son article 19 ;", normal));
            pdf.add(spaced(new Paragraph(
                    "La présidente de l’autorité décide qu’il sera procédé à une mission de contrôle"
                            + " auprès de l’organisme suivant :",
                    normal)));
            String number = organisation.number() == null ? "" : " (" + organisation.number() + ")";
            pdf.add(spaced(new Paragraph(
                    organisation.name() + number + " — "
                            + inspection.organisation().country(),
                    bold)));
            pdf.add(spaced(new Paragraph("Lieu : " + inspection.missionOrder().place(), normal)));
            pdf.add(new Paragraph(
                    "Date : " + DATE.format(inspection.missionOrder().visitDate()), normal));
            pdf.add(new Paragraph("Objet : " + inspection.subject(), normal));
            pdf.add(spaced(new Paragraph("Chef de mission : " + inspection.lead(), normal)));
            if (!inspection.members().isEmpty()) {
                pdf.add(new Paragraph("Membres de la délégation : " + String.join(", ", inspection.members()), normal));
            }
            pdf.add(spaced(new Paragraph("Fait le " + DATE.format(signedOn), normal)));
            pdf.add(new Paragraph("La présidente, " + presidentName, bold));
        } catch (DocumentException e) {
            throw new IllegalStateException("Mission order of " + inspection.reference() + " could not be rendered", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    public String filename(Inspection inspection) {
        return inspection.reference().value() + "-ordre-de-mission.pdf";
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(10);
        return p;
    }
}
