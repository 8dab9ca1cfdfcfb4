package fr.vigie.committee.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Recusal;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.Vote;
import fr.vigie.platform.api.Stamp;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The minutes of a session (procès-verbal) as a PDF: date, members present, then for each dossier
 * in agenda order the recusals, each member's vote, the casting vote and the adopted opinion. French
 * (the authority's official language), from the module's {@code minutes} bundle.
 */
@ApplicationScoped
public class MinutesRenderer {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11.5f);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    public byte[] render(CommitteeSession session, List<Review> agenda, Map<String, String> names, Stamp stamp) {
        ResourceBundle t = ResourceBundle.getBundle(
                "fr.vigie.committee.i18n.minutes",
                Locale.FRENCH,
                MinutesRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(t.getString("minutes.title") + " " + session.reference());
            pdf.open();
            pdf.add(new Paragraph(t.getString("minutes.authority"), SMALL));
            Paragraph title = new Paragraph(t.getString("minutes.title") + " — " + session.title(), TITLE);
            title.setSpacingBefore(8);
            pdf.add(title);
            pdf.add(new Paragraph(
                    t.getString("minutes.session") + " " + session.reference() + " — " + DATE.format(session.date()),
                    BODY));

            pdf.add(heading(t.getString("minutes.attendees")));
            for (String username : session.attendees()) {
                pdf.add(new Paragraph("• " + names.getOrDefault(username, username) + " (" + username + ")", BODY));
            }

            Map<Long, Integer> positions = session.positions();
            List<Review> ordered = agenda.stream()
                    .sorted(Comparator.comparingInt(r -> positions.getOrDefault(r.id(), Integer.MAX_VALUE)))
                    .toList();
            int n = 0;
            for (Review review : ordered) {
                n++;
                pdf.add(heading(n + ". " + review.reference() + " — "
                        + review.snapshot().title()));
                pdf.add(new Paragraph(
                        t.getString("minutes.applicant") + " "
                                + review.snapshot().applicantName()
                                + (review.snapshot().applicantSiren() == null
                                        ? ""
                                        : " (SIREN " + review.snapshot().applicantSiren() + ")"),
                        BODY));
                if (review.rapporteur() != null) {
                    pdf.add(new Paragraph(
                            t.getString("minutes.rapporteur") + " "
                                    + names.getOrDefault(review.rapporteur(), review.rapporteur()),
                            BODY));
                }
                if (review.recusals().isEmpty()) {
                    pdf.add(new Paragraph(t.getString("minutes.noRecusal"), BODY));
                }
                for (Recusal r : review.recusals()) {
                    pdf.add(new Paragraph(
                            t.getString("minutes.recused") + " " + names.getOrDefault(r.username(), r.username())
                                    + " — " + t.getString("minutes.interest") + " " + r.interest(),
                            BODY));
                }
                pdf.add(votes(review.currentVotes(), names, t));
                if (review.opinion().castingVote() != null) {
                    pdf.add(new Paragraph(
                            t.getString("minutes.castingVote") + " "
                                    + names.getOrDefault(
                                            review.opinion().castingVoteBy(),
                                            review.opinion().castingVoteBy())
                                    + " : "
                                    + t.getString("opinion."
                                            + review.opinion().castingVote().name()),
                            BOLD));
                }
                Paragraph opinion = new Paragraph();
                opinion.add(new Chunk(t.getString("minutes.opinion") + " ", BOLD));
                opinion.add(new Chunk(
                        review.opinion().kind() == null
                                ? "—"
                                : t.getString(
                                        "opinion." + review.opinion().kind().name()),
                        BOLD));
                opinion.setSpacingBefore(4);
                pdf.add(opinion);
                if (review.opinion().reasoning() != null) {
                    pdf.add(new Paragraph(review.opinion().reasoning(), BODY));
                }
                if (review.opinion().reservations() != null) {
                    pdf.add(new Paragraph(
                            t.getString("minutes.reservations") + " "
                                    + review.opinion().reservations(),
                            BODY));
                }
            }
            Paragraph signed = new Paragraph(
                    t.getString("minutes.recordedBy") + " " + stamp.actor() + " — " + DATE.format(stamp.today()),
                    SMALL);
            signed.setSpacingBefore(18);
            pdf.add(signed);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the minutes of " + session.reference(), e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable votes(List<Vote> votes, Map<String, String> names, ResourceBundle t) {
        PdfPTable table = new PdfPTable(new float[] {3, 2.5f, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (String h : List.of("minutes.col.member", "minutes.col.vote", "minutes.col.remarks")) {
            PdfPCell cell = new PdfPCell(new Phrase(t.getString(h), BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        if (votes.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(t.getString("minutes.noVote"), BODY));
            none.setColspan(3);
            table.addCell(none);
        }
        for (Vote v : votes) {
            table.addCell(new Phrase(names.getOrDefault(v.voter(), v.voter()), BODY));
            table.addCell(new Phrase(t.getString("vote." + v.choice().name()), BODY));
            table.addCell(new Phrase(v.remarks() == null ? "" : v.remarks(), BODY));
        }
        return table;
    }
}
