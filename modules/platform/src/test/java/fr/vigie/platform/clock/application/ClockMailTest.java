package fr.vigie.platform.clock.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.api.clock.PolicyTexts;
import fr.vigie.platform.api.mail.MailMessage;
import fr.vigie.platform.api.mail.Mailer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The optional mail to a clock's owner: what it says, and when it is handed to the platform's mailer. */
class ClockMailTest {

    private static ClockStatusChanged change(ClockState before, ClockState after) {
        return new ClockStatusChanged(
                ClockId.of(42),
                "complaints:PL-2026-000123",
                "GDPR_ART_78_2_INFORM_COMPLAINANT",
                "handler",
                before,
                after,
                LocalDate.of(2026, 4, 30));
    }

    @Test
    void aClockAtRiskSaysSoWithTheCaseTheDeadlinesNameTheLastDayAndTheLink() {
        MailMessage text =
                ClockMail.compose(change(ClockState.RUNNING, ClockState.AT_RISK), "https://vigie.example.org/vigie");
        assertEquals("[Vigie] Délai à risque / Deadline at risk: complaints:PL-2026-000123", text.subject());
        assertEquals(
                "Dossier / case: complaints:PL-2026-000123\n"
                        + "Délai : " + PolicyTexts.name("GDPR_ART_78_2_INFORM_COMPLAINANT", Locale.FRENCH) + "\n"
                        + "Deadline: " + PolicyTexts.name("GDPR_ART_78_2_INFORM_COMPLAINANT", Locale.ENGLISH)
                        + "\n"
                        + "Dernier jour : 30 avril 2026\n"
                        + "Last day: 30 April 2026\n"
                        + "Ouvrir dans Vigie / open in Vigie: https://vigie.example.org/vigie"
                        + "/clocks/case.xhtml?caseRef=complaints%3APL-2026-000123\n",
                text.body());
    }

    @Test
    void theDeadlineIsNamedNeverShownByItsCode() {
        MailMessage text = ClockMail.compose(change(ClockState.RUNNING, ClockState.AT_RISK));
        assertFalse(text.body().contains("GDPR_ART_78_2_INFORM_COMPLAINANT"), text.body());
        assertFalse(text.body().contains("2026-04-30"), text.body());
        assertTrue(text.body().contains("RGPD art. 78(2)"), text.body());
        assertTrue(text.body().contains("/clocks/case.xhtml?caseRef="), text.body());
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertEquals("12 janvier 2027", PolicyTexts.date(LocalDate.of(2027, 1, 12), Locale.FRENCH));
        assertEquals("12 January 2027", PolicyTexts.date(LocalDate.of(2027, 1, 12), Locale.ENGLISH));
        assertEquals("Accuser réception de la plainte", PolicyTexts.name("COMPLAINT_ACKNOWLEDGEMENT", Locale.FRENCH));
        assertFalse(
                PolicyTexts.name("COMPLAINT_ACKNOWLEDGEMENT", Locale.ENGLISH).equals("COMPLAINT_ACKNOWLEDGEMENT"));
        assertEquals("NO_SUCH_POLICY", PolicyTexts.name("NO_SUCH_POLICY", Locale.FRENCH));
    }

    @Test
    void aBreachedClockSaysTheDeadlineIsMissed() {
        MailMessage text = ClockMail.compose(change(ClockState.AT_RISK, ClockState.BREACHED));
        assertTrue(text.subject().startsWith("[Vigie] Délai dépassé / Deadline missed: "), text.subject());
        assertTrue(text.body().contains("30 avril 2026"));
    }

    @Test
    void onlyTheCaseReferenceTravelsByMail() {
        MailMessage text = ClockMail.compose(change(ClockState.RUNNING, ClockState.BREACHED));
        assertFalse(text.body().contains("handler"), "not even the owner's username");
        assertEquals(6, text.body().lines().count(), "case, deadline (2), last day (2), link");
    }

    /** A mailer that records what it is given. */
    private static final class RecordingMailer implements Mailer {
        private final boolean enabled;
        final List<String> sent = new ArrayList<>();

        RecordingMailer(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public int sendToUsers(Collection<String> usernames, MailMessage message) {
            sent.add(String.join(",", usernames) + " " + message.subject());
            return usernames.size();
        }
    }

    @Test
    void nothingIsHandedToTheMailerWhenMailIsOff() {
        ClockMail mail = new ClockMail();
        RecordingMailer mailer = new RecordingMailer(false);
        mail.mailer = mailer;
        mail.onStatusChanged(change(ClockState.RUNNING, ClockState.BREACHED));
        assertEquals(List.of(), mailer.sent);
    }

    @Test
    void theOwnerIsMailedOnlyWhenTheClockNeedsAttention() {
        ClockMail mail = new ClockMail();
        RecordingMailer mailer = new RecordingMailer(true);
        mail.mailer = mailer;
        mail.onStatusChanged(change(ClockState.AT_RISK, ClockState.RUNNING));
        mail.onStatusChanged(change(ClockState.RUNNING, ClockState.BREACHED));
        assertEquals(
                List.of("handler [Vigie] Délai dépassé / Deadline missed: complaints:PL-2026-000123"), mailer.sent);
    }
}
