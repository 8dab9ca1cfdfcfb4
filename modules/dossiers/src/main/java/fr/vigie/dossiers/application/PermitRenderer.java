package fr.vigie.dossiers.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;

/**
 * Renders a data permit (EHDS Art. 68(10)) or a national authorisation as PDF: the data
 * categories, the purpose, the persons entitled to access, the duration, the secure processing
 * environment, the fees and the conditions. In French, the authority's working language.
 */
@ApplicationScoped
public class PermitRenderer {

    /**
     * @param holder the applicant as named today (the directory's when the dossier has an id,
     *               {@link CaseOrganisation#read}); a permit already issued stays as it was written
     */
    public byte[] render(Dossier d, CaseOrganisation holder) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title(d) + " " + d.reference());
            pdf.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            pdf.add(new Paragraph(title(d) + " n° " + d.reference(), heading));
            pdf.add(new Paragraph(
                    d.procedure() == Procedure.NATIONAL
                            ? "Loi n° 78-17 du 6 janvier 1978, art. 66"
                            : "Règlement (UE) 2025/327, art. 68(10)",
                    body));
            pdf.add(new Paragraph(" "));
            line(pdf, label, body, "Projet", d.application().title());
            line(
                    pdf,
                    label,
                    body,
                    "Titulaire",
                    holder.name() + (holder.number() == null ? "" : " (SIREN " + holder.number() + ")"));
            line(
                    pdf,
                    label,
                    body,
                    "Finalité (art. 53(1))",
                    d.application().purpose() == null
                            ? ""
                            : "(" + d.application().purpose().letter() + ") "
                                    + d.application().purposeDescription());
            line(pdf, label, body, "Catégories de données", d.application().dataCategories());
            line(pdf, label, body, "Sources", d.application().dataSources());
            line(
                    pdf,
                    label,
                    body,
                    "Forme des données",
                    d.application().dataForm() == null
                            ? ""
                            : d.application().dataForm().name());
            line(
                    pdf,
                    label,
                    body,
                    "Personnes autorisées",
                    String.join(", ", d.application().namedPersons()));
            line(
                    pdf,
                    label,
                    body,
                    "Durée",
                    "du " + d.permit().issuedOn() + " au " + d.permit().expiresOn());
            line(
                    pdf,
                    label,
                    body,
                    "Environnement de traitement sécurisé",
                    d.application().processingEnvironment());
            line(
                    pdf,
                    label,
                    body,
                    "Redevances (art. 62)",
                    d.fee().estimate() == null ? "aucune" : d.fee().estimate().toString());
            line(
                    pdf,
                    label,
                    body,
                    "Conditions",
                    d.permit().conditions() == null ? "—" : d.permit().conditions());
            pdf.add(new Paragraph(" "));
            pdf.add(new Paragraph(
                    "Les données sont supprimées au plus tard six mois après l'expiration du permis "
                            + "(art. 68(12)). Les usages interdits par l'art. 54 sont exclus ; le titulaire en a signé la déclaration.",
                    body));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the permit of " + d.reference(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    static String title(Dossier d) {
        return d.procedure() == Procedure.NATIONAL
                ? "Autorisation"
                : d.procedure() == Procedure.EHDS_DATA_REQUEST
                        ? "Décision sur la demande de données"
                        : "Permis d'accès aux données";
    }

    private static void line(Document pdf, Font label, Font body, String name, String value) throws DocumentException {
        Paragraph p = new Paragraph();
        p.add(new com.lowagie.text.Chunk(name + " : ", label));
        p.add(new com.lowagie.text.Chunk(value == null ? "" : value, body));
        pdf.add(p);
    }
}
