package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Review;
import fr.vigie.platform.api.mail.MailMessage;
import java.util.List;

/**
 * The e-mail that convenes the committee's members to a session, sent with the in-application
 * notification when mail is enabled. Bilingual (the members' languages are not known when
 * sending), and it says only what a mailbox may hold: the session's reference, date and title,
 * the dossiers' references in agenda order, and where to read them. Never the applicant, the
 * investigator or the contents of a dossier: they are read in Vigie, behind its login and recusals.
 */
final class ConveningMail {
    static final String SESSION_PAGE = "/committee/session.xhtml?id=";

    private ConveningMail() {}

    static MailMessage compose(CommitteeSession session, List<Review> agenda) {
        String subject = "[Vigie] Convocation du comité / Committee convened: " + session.reference() + " ("
                + session.date() + ")";
        StringBuilder body = new StringBuilder()
                .append("Séance / session: ")
                .append(session.reference())
                .append(" — ")
                .append(session.title())
                .append('\n')
                .append("Date: ")
                .append(session.date())
                .append('\n')
                .append("Ordre du jour / agenda (")
                .append(agenda.size())
                .append("):\n");
        int position = 1;
        for (Review review : agenda) {
            body.append("  ")
                    .append(position++)
                    .append(". ")
                    .append(review.reference())
                    .append('\n');
        }
        body.append("Dossiers à lire dans Vigie / read the dossiers in Vigie: ")
                .append(SESSION_PAGE)
                .append(session.id())
                .append('\n');
        return new MailMessage(subject, body.toString());
    }
}
