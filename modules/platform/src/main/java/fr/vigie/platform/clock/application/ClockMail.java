package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Optional e-mail to a clock's owner when it becomes at risk or breached, after the change is
 * committed. Off by default ({@code vigie.mail.enabled=false}): the in-application notification
 * is the reference; the e-mail is a courtesy, so a mail failure is logged and never undoes the
 * change. Settings: {@code vigie.mail.smtp.host}, {@code vigie.mail.smtp.port} (25),
 * {@code vigie.mail.from}, {@code vigie.mail.smtp.starttls} (true), and for an authenticated
 * relay {@code vigie.mail.smtp.user} / {@code vigie.mail.smtp.password}.
 */
@ApplicationScoped
public class ClockMail {
    private static final Logger LOG = Logger.getLogger(ClockMail.class.getName());

    @Inject
    @ConfigProperty(name = "vigie.mail.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "vigie.mail.smtp.host", defaultValue = "localhost")
    String host;
    @Inject
    @ConfigProperty(name = "vigie.mail.smtp.port", defaultValue = "25")
    int port;
    @Inject
    @ConfigProperty(name = "vigie.mail.smtp.starttls", defaultValue = "true")
    boolean startTls;
    @Inject
    @ConfigProperty(name = "vigie.mail.smtp.user")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "vigie.mail.smtp.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "vigie.mail.from", defaultValue = "vigie@localhost")
    String from;
    @Inject
    UserAccountRepository accounts;

    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClockStatusChanged change) {
        if (!enabled || !change.after().needsAttention()) {
            return;
        }
        Optional<String> address = accounts.findByUsername(change.owner()).map(UserAccount::email)
                .filter(email -> email != null && !email.isBlank());
        if (address.isEmpty()) {
            return;
        }
        try {
            Transport.send(message(change, address.get()));
        } catch (MessagingException failed) {
            LOG.log(Level.WARNING, "Could not e-mail " + change.owner() + " about clock " + change.clock(), failed);
        }
    }

    MimeMessage message(ClockStatusChanged change, String to) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        Text text = compose(change);
        message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
        message.setText(text.body(), StandardCharsets.UTF_8.name());
        return message;
    }

    /** The subject and plain-text body of a mail, in French and English (the owner's language is not known here). */
    record Text(String subject, String body) {
    }

    /**
     * What the owner reads: whether the deadline is at risk or missed, the case, the policy and
     * the last day. Only the case reference travels by mail, never a party's name: a mailbox is
     * not a place for the contents of a case.
     */
    static Text compose(ClockStatusChanged change) {
        boolean breached = change.after() == ClockState.BREACHED;
        String subject = (breached ? "[Vigie] Délai dépassé / Deadline missed: "
                : "[Vigie] Délai à risque / Deadline at risk: ") + change.caseRef();
        String body = "Dossier / case: " + change.caseRef() + "\nPolitique / policy: " + change.policyCode()
                + "\nDernier jour / last day: " + change.dueDate() + "\n";
        return new Text(subject, body);
    }

    private Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        if (user.isPresent()) {
            properties.setProperty("mail.smtp.auth", "true");
            return Session.getInstance(properties, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
