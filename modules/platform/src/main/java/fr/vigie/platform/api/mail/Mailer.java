package fr.vigie.platform.api.mail;

import java.util.Collection;

/**
 * Sends e-mail to Vigie's users at the address of their account, when mail is enabled
 * ({@code vigie.mail.enabled}, with {@code vigie.mail.smtp.host}, {@code .port}, {@code .starttls},
 * {@code .user}/{@code .password} and {@code vigie.mail.from}, as for the clock notices).
 */
public interface Mailer {
    /** Whether mail is enabled in this installation. */
    boolean enabled();

    /**
     * Sends one message to the users, each as a blind copy (members do not learn each other's
     * addresses), after the caller's transaction commits (at once outside a transaction), so that
     * nobody is told of something that was rolled back. Users without an address are skipped. A
     * sending failure is logged, never thrown.
     *
     * @return the number of addresses the message is sent to (0 when mail is disabled)
     */
    int sendToUsers(Collection<String> usernames, MailMessage message);
}
