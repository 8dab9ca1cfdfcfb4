package fr.vigie.platform.mail.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.mail.MailMessage;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The platform's mailer without an SMTP server: off by default, and a disabled mailer touches
 * neither the accounts nor the network. (The message itself is built by Jakarta Mail's
 * implementation, which only the server provides; the integration test sends one.)
 */
class SmtpMailerTest {

    @Test
    void mailIsOffByDefault() throws NoSuchFieldException {
        assertEquals(
                "false",
                SmtpMailer.class
                        .getDeclaredField("enabled")
                        .getAnnotation(ConfigProperty.class)
                        .defaultValue());
    }

    @Test
    void aDisabledMailerSendsNothingAndReadsNoAccount() {
        SmtpMailer mailer = new SmtpMailer();
        mailer.enabled = false;
        // no repository, no transaction registry: a disabled mailer must return before touching either
        assertEquals(0, mailer.sendToUsers(List.of("bruno", "chloe"), new MailMessage("Objet", "Corps")));
    }

    @Test
    void aSubjectIsOneNonBlankLine() {
        assertThrows(IllegalArgumentException.class, () -> new MailMessage(" ", "body"));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("a\r\nBcc: someone@example.org", "body"));
    }
}
