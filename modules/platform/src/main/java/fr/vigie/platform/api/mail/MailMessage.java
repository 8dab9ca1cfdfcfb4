package fr.vigie.platform.api.mail;

import java.util.Objects;

/**
 * A plain-text e-mail. Written by the module that sends it; only what a mailbox may hold (case
 * references, dates, links), never the contents of a case.
 */
public record MailMessage(String subject, String body) {
    public MailMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.isBlank() || subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a mail subject is one non-blank line");
        }
    }
}
