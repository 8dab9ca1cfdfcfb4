package fr.vigie.platform.mail.application;

import fr.vigie.platform.api.mail.MailMessage;
import fr.vigie.platform.api.mail.Mailer;
import fr.vigie.platform.security.domain.UserAccount;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Mailer} over SMTP with Jakarta Mail (Liberty's {@code mail-2.1} feature). Addresses are
 * read from the users' accounts in the caller's transaction; the message is sent after the commit
 * (a {@link Synchronization} of the caller's transaction), in one SMTP conversation with every
 * recipient as a blind copy. Off by default ({@code vigie.mail.enabled=false}).
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {
    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

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

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public int sendToUsers(Collection<String> usernames, MailMessage message) {
        if (!enabled || usernames.isEmpty()) {
            return 0;
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String username : usernames) {
            accounts.findByUsername(username)
                    .map(UserAccount::email)
                    .filter(e -> e != null && !e.isBlank())
                    .ifPresent(addresses::add);
        }
        if (addresses.isEmpty()) {
            return 0;
        }
        List<String> to = List.copyOf(addresses);
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit: the mail leaves only once the change is durable
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        send(to, message);
                    }
                }
            });
        } else {
            send(to, message);
        }
        return to.size();
    }

    void send(List<String> to, MailMessage message) {
        try {
            Transport.send(build(session(), to, message));
        } catch (MessagingException failed) {
            String what = "Could not send \"" + message.subject() + "\" to " + to.size() + " recipient(s)";
            Throwable network = networkCause(failed);
            if (network != null) {
                // A mail server that is down or unreachable fails every mail the same way: one line each,
                // not a stack trace each, or the log drowns while it is down.
                LOG.warning(() -> what + ": mail server unreachable (" + network + ")");
            } else {
                LOG.log(Level.WARNING, what, failed);
            }
        }
    }

    private static Throwable networkCause(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException) {
                return t;
            }
        }
        return null;
    }

    /** The MIME message: from the configured sender, to the sender, every recipient in blind copy, UTF-8 text. */
    MimeMessage build(Session session, List<String> to, MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        InternetAddress sender = new InternetAddress(from);
        mime.setFrom(sender);
        // A "To" keeps strict relays happy; the real recipients are blind copies.
        mime.setRecipient(Message.RecipientType.TO, sender);
        InternetAddress[] bcc = new InternetAddress[to.size()];
        for (int i = 0; i < to.size(); i++) {
            bcc[i] = new InternetAddress(to.get(i));
        }
        mime.setRecipients(Message.RecipientType.BCC, bcc);
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        return mime;
    }

    Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "10000");
        if (user.isPresent()) {
            properties.setProperty("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
