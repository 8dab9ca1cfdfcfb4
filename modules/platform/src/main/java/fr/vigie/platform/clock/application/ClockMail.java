package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.api.mail.MailMessage;
import fr.vigie.platform.api.mail.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

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

    void onStatusChanged(@Observes ClockStatusChanged change) {
        if (!mailer.enabled() || !change.after().needsAttention()) {
            return;
        }
        mailer.sendToUsers(List.of(change.owner()), compose(change));
    }

    /**
     * What the owner reads, in French and English (the owner's language is not known here):
     * whether the deadline is at risk or missed, the case, the policy and the last day. Only the
     * case reference travels by mail, never a party's name: a mailbox is not a place for the
     * contents of a case.
     */
    static MailMessage compose(ClockStatusChanged change) {
        boolean breached = change.after() == ClockState.BREACHED;
        String subject =
                (breached ? "[Vigie] Délai dépassé / Deadline missed: " : "[Vigie] Délai à risque / Deadline at risk: ")
                        + change.caseRef();
        String body = "Dossier / case: " + change.caseRef() + "\nPolitique / policy: " + change.policyCode()
                + "\nDernier jour / last day: " + change.dueDate() + "\n";
        return new MailMessage(subject, body);
    }
}
