package fr.vigie.sanctions.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.sanctions.domain.Breach;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.Measure;
import fr.vigie.sanctions.domain.SanctionCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Renders the formal notice letter and the sanction decision as PDF, in French (the authority's language). */
@ApplicationScoped
public class LetterRenderer {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH);

    /**
     * @param organisation the organisation as named today (the directory's when the notice has an id,
     *                     {@link CaseOrganisation#read}); a letter already written stays as it was sent
     */
    public byte[] notice(FormalNotice n, CaseOrganisation organisation) {
        return render("Mise en demeure n° " + n.reference(), (pdf, label, body) -> {
            pdf.add(new Paragraph("Décret n° 2019-536 du 29 mai 2019, art. 38", body));
            line(pdf, label, body, "Organisme", named(organisation));
            line(pdf, label, body, "Signée le", day(n.signedOn()));
            pdf.add(new Paragraph("Manquements constatés", label));
            for (Breach b : n.breaches()) {
                pdf.add(new Paragraph(
                        "• " + b.article() + (b.description() == null ? "" : " — " + b.description()), body));
            }
            line(pdf, label, body, "Mesures exigées", n.measuresRequired());
            line(pdf, label, body, "Délai de mise en conformité", "jusqu'au " + day(n.dueOn()));
            pdf.add(new Paragraph(
                    "À défaut de mise en conformité dans ce délai, la formation restreinte pourra être saisie "
                            + "en vue du prononcé d'une sanction.",
                    body));
        });
    }

    /**
     * @param organisation the organisation as named today (the directory's when the case has an id);
     *                     a decision already written stays as it was notified (ADR 7 decision 2)
     */
    public byte[] decision(SanctionCase c, CaseOrganisation organisation) {
        return render("Délibération de la formation restreinte n° " + c.reference(), (pdf, label, body) -> {
            pdf.add(new Paragraph(
                    c.procedure().name().equals("SIMPLIFIED")
                            ? "Procédure simplifiée (loi n° 78-17, art. 22-1)"
                            : "Procédure ordinaire (décret n° 2019-536, art. 39 à 41)",
                    body));
            line(pdf, label, body, "Organisme", named(organisation));
            line(pdf, label, body, "Décidée le", day(c.decision().decidedOn()));
            if (c.hearing().heardOn() != null) {
                line(pdf, label, body, "Séance du", day(c.hearing().heardOn()));
            }
            pdf.add(new Paragraph("Manquements", label));
            for (Breach b : c.breaches()) {
                pdf.add(new Paragraph(
                        "• " + b.article() + (b.description() == null ? "" : " — " + b.description()), body));
            }
            pdf.add(new Paragraph("Mesures", label));
            for (Measure m : c.measures()) {
                StringBuilder text = new StringBuilder("• ").append(m.type().name());
                if (m.fine() != null) {
                    text.append(" : ").append(m.fine().amount().toPlainString()).append(" €");
                }
                if (m.complianceOn() != null) {
                    text.append(" — mise en conformité au ").append(day(m.complianceOn()));
                }
                if (m.penaltyPerDay() != null) {
                    text.append(" sous astreinte de ")
                            .append(m.penaltyPerDay().amount().toPlainString())
                            .append(" € par jour");
                }
                if (m.description() != null) {
                    text.append(" — ").append(m.description());
                }
                pdf.add(new Paragraph(text.toString(), body));
            }
            line(pdf, label, body, "Motifs", c.decision().reasons());
            if (c.decision().fineCalculation() != null) {
                line(
                        pdf,
                        label,
                        body,
                        "Calcul de l'amende (lignes directrices 04/2022 du CEPD)",
                        c.decision().fineCalculation());
            }
            pdf.add(new Paragraph(
                    "Cette décision peut faire l'objet d'un recours devant le Conseil d'État dans un délai de "
                            + (SanctionCase.CONSEIL_ETAT_APPEAL_ABROAD.equals(c.appealPolicy())
                                    ? "quatre mois (deux mois augmentés de deux mois pour un organisme établi à "
                                            + "l'étranger, CJA art. R. 421-7)"
                                    : "deux mois")
                            + " à compter de sa notification. Ce recours n'est pas suspensif.",
                    body));
        });
    }

    private interface Content {
        void write(Document pdf, Font label, Font body) throws DocumentException;
    }

    private static String named(CaseOrganisation organisation) {
        return organisation.name() + (organisation.number() == null ? "" : " (" + organisation.number() + ")");
    }

    private static byte[] render(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(title);
            pdf.open();
            pdf.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            content.write(
                    pdf,
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10),
                    FontFactory.getFont(FontFactory.HELVETICA, 10));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render " + title, e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    private static void line(Document pdf, Font label, Font body, String name, String value) throws DocumentException {
        Paragraph p = new Paragraph();
        p.add(new Chunk(name + " : ", label));
        p.add(new Chunk(value == null ? "" : value, body));
        pdf.add(p);
    }
}
