package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional mail to a clock's owner: what it says (the sending itself needs an SMTP server). */
class ClockMailTest {

    private static ClockStatusChanged change(ClockState before, ClockState after) {
        return new ClockStatusChanged(ClockId.of(42), "complaints:PL-2026-000123", "GDPR_ART_78_2_INFORM_COMPLAINANT",
                "handler", before, after, LocalDate.of(2026, 4, 30));
    }

    @Test
    void aClockAtRiskSaysSoWithTheCaseThePolicyAndTheLastDay() {
        ClockMail.Text text = ClockMail.compose(change(ClockState.RUNNING, ClockState.AT_RISK));
        assertEquals("[Vigie] Délai à risque / Deadline at risk: complaints:PL-2026-000123", text.subject());
        assertEquals("Dossier / case: complaints:PL-2026-000123\n"
                + "Politique / policy: GDPR_ART_78_2_INFORM_COMPLAINANT\n"
                + "Dernier jour / last day: 2026-04-30\n", text.body());
    }

    @Test
    void aBreachedClockSaysTheDeadlineIsMissed() {
        ClockMail.Text text = ClockMail.compose(change(ClockState.AT_RISK, ClockState.BREACHED));
        assertTrue(text.subject().startsWith("[Vigie] Délai dépassé / Deadline missed: "), text.subject());
        assertTrue(text.body().contains("2026-04-30"));
    }

    @Test
    void onlyTheCaseReferenceTravelsByMail() {
        ClockMail.Text text = ClockMail.compose(change(ClockState.RUNNING, ClockState.BREACHED));
        assertFalse(text.body().contains("handler"), "not even the owner's username");
        assertEquals(3, text.body().lines().count(), "case, policy, last day");
    }

    @Test
    void mailIsOffByDefaultAndNeverSentWhenDisabled() throws NoSuchFieldException {
        assertEquals("false", ClockMail.class.getDeclaredField("enabled")
                .getAnnotation(org.eclipse.microprofile.config.inject.ConfigProperty.class).defaultValue());
        ClockMail mail = new ClockMail();
        mail.enabled = false;
        // no repository, no session: a disabled mailer must return before touching either
        mail.onStatusChanged(change(ClockState.RUNNING, ClockState.BREACHED));
    }
}
