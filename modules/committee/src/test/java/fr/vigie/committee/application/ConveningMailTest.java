package fr.vigie.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.committee.api.DossierForReview;
import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Review;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.mail.MailMessage;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The convening e-mail: the session, the agenda in its order, where to read it; nothing of the dossiers' contents. */
class ConveningMailTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Stamp STAMP = new Stamp("dacsecretary", Instant.parse("2026-11-20T09:00:00Z"), TODAY);

    private static Review review(String reference, long id) {
        Review r = new Review(
                new DossierForReview(
                        new CaseRef("dossiers", reference),
                        "Cohorte diabète",
                        "NATIONAL",
                        "Art. 53(1)(e) recherche",
                        "Clinique Exemple",
                        "775685019",
                        "Dr Jeanne Martin",
                        TODAY.plusDays(20),
                        "instructor",
                        List.of()),
                STAMP);
        setId(r, id);
        return r;
    }

    private static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MailMessage mail() {
        CommitteeSession session = new CommitteeSession("SC-2026-000042", TODAY.plusDays(7), "Séance plénière", STAMP);
        setId(session, 42L);
        return ConveningMail.compose(session, List.of(review("DA-2026-000002", 2), review("DA-2026-000001", 1)));
    }

    @Test
    void theSubjectNamesTheSessionAndItsDate() {
        assertEquals(
                "[Vigie] Convocation du comité / Committee convened: SC-2026-000042 (2026-11-27)", mail().subject());
    }

    @Test
    void theBodyListsTheAgendaInItsOrderAndSaysWhereToReadIt() {
        String body = mail().body();
        assertTrue(body.contains("SC-2026-000042 — Séance plénière"), body);
        assertTrue(body.contains("Date: 2026-11-27"), body);
        assertTrue(body.indexOf("1. DA-2026-000002") < body.indexOf("2. DA-2026-000001"), "agenda order: " + body);
        assertTrue(body.contains("(2)"), "the number of dossiers: " + body);
        assertTrue(body.endsWith("/committee/session.xhtml?id=42\n"), body);
    }

    @Test
    void noContentsOfADossierTravelsByMail() {
        String body = mail().body();
        for (String secret :
                List.of("Clinique Exemple", "775685019", "Jeanne Martin", "Cohorte diabète", "instructor")) {
            assertFalse(body.contains(secret), secret + " must not be mailed");
        }
    }
}
