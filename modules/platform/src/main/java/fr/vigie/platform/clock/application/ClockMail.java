package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.api.clock.PolicyTexts;
import fr.vigie.platform.api.mail.MailMessage;
import fr.vigie.platform.api.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Optional e-mail to a clock's owner when it becomes at risk or breached, through the platform's
 * {@link Mailer} (off by default, {@code vigie.mail.*} settings). The in-application notification
 * is the reference; the e-mail is a courtesy. The observer runs inside the change's transaction
 * only to hand the message to the mailer, which sends it after the commit: nobody is told of a
 * change that was rolled back, and a mail failure is logged and never undoes the change.
 */
@ApplicationScoped
public class ClockMail {
    @Inject
    Mailer mailer;

    /**
     * Where Vigie is reached from a mailbox (e.g. {@code https://vigie.example.org/vigie}), put before
     * the link to the case's page; unset by default, which leaves the link relative to the application
     * (an empty default value would count as no value at all for MicroProfile Config).
     */
    @Inject
    @ConfigProperty(name = "vigie.mail.link.base")
    Optional<String> linkBase = Optional.empty();

    void onStatusChanged(@Observes ClockStatusChanged change) {
        if (!mailer.enabled() || !change.after().needsAttention()) {
            return;
        }
        mailer.sendToUsers(List.of(change.owner()), compose(change, linkBase.orElse("")));
    }

    static MailMessage compose(ClockStatusChanged change) {
        return compose(change, "");
    }

    /**
     * What the owner reads: whether the deadline is at risk or missed, the case, the deadline's name
     * and its last day as each language writes them, and the link to the case's deadlines. The
     * platform keeps no preferred language per user, so the message is in French first (the
     * default language) then in English. Only the case reference travels by mail, never a party's
     * name: a mailbox is not a place for the contents of a case.
     */
    static MailMessage compose(ClockStatusChanged change, String linkBase) {
        boolean breached = change.after() == ClockState.BREACHED;
        String subject =
                (breached ? "[Vigie] Délai dépassé / Deadline missed: " : "[Vigie] Délai à risque / Deadline at risk: ")
                        + change.caseRef();
        String body = "Dossier / case: " + change.caseRef() + "\n"
                + "Délai : " + PolicyTexts.name(change.policyCode(), Locale.FRENCH) + "\n"
                + "Deadline: " + PolicyTexts.name(change.policyCode(), Locale.ENGLISH) + "\n"
                + "Dernier jour : " + PolicyTexts.date(change.dueDate(), Locale.FRENCH) + "\n"
                + "Last day: " + PolicyTexts.date(change.dueDate(), Locale.ENGLISH) + "\n"
                + "Ouvrir dans Vigie / open in Vigie: " + (linkBase == null ? "" : linkBase)
                + ClockNotices.linkTo(change.caseRef()) + "\n";
        return new MailMessage(subject, body);
    }
}
