package fr.vigie.platform.clock.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.api.mail.MailMessage;
import fr.vigie.platform.api.mail.Mailer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
    void aClockAtRiskSaysSoWithTheCaseThePolicyAndTheLastDay() {
        MailMessage text = ClockMail.compose(change(ClockState.RUNNING, ClockState.AT_RISK));
        assertEquals("[Vigie] Délai à risque / Deadline at risk: complaints:PL-2026-000123", text.subject());
        assertEquals(
                "Dossier / case: complaints:PL-2026-000123\n"
                        + "Politique / policy: GDPR_ART_78_2_INFORM_COMPLAINANT\n"
                        + "Dernier jour / last day: 2026-04-30\n",
                text.body());
    }

    @Test
    void aBreachedClockSaysTheDeadlineIsMissed() {
        MailMessage text = ClockMail.compose(change(ClockState.AT_RISK, ClockState.BREACHED));
        assertTrue(text.subject().startsWith("[Vigie] Délai dépassé / Deadline missed: "), text.subject());
        assertTrue(text.body().contains("2026-04-30"));
    }

    @Test
    void onlyTheCaseReferenceTravelsByMail() {
        MailMessage text = ClockMail.compose(change(ClockState.RUNNING, ClockState.BREACHED));
        assertFalse(text.body().contains("handler"), "not even the owner's username");
        assertEquals(3, text.body().lines().count(), "case, policy, last day");
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
