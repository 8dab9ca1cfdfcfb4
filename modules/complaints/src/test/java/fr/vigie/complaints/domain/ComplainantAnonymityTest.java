package fr.vigie.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The complainant's identity never leaves in a text for the organisation or another module (décret 2019-536 art. 38). */
class ComplainantAnonymityTest {
    private static final Complainant COMPLAINANT =
            new Complainant("Éloïse Dupont-Lefèvre", "eloise.dupont@example.fr", "12 rue des Lilas\n75011 Paris");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mme Éloïse Dupont-Lefèvre indique que vous conservez ses données.",
                "La plaignante, Mme DUPONT, indique que vous conservez ses données.",
                "Une personne (eloise) se plaint.",
                "Écrivez à eloise.dupont@example.fr pour confirmer.",
                "Le courrier envoyé au 12, rue des Lilas est resté sans réponse.",
                "La personne domiciliée 75011 Paris se plaint.",
                "lefevre"
            })
    void aTextNamingTheComplainantIsRecognised(String text) {
        assertTrue(COMPLAINANT.isIdentifiedBy(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Merci de nous communiquer votre registre des traitements et la durée de conservation des badges.",
                "Une personne à Paris se plaint de la conservation de ses données.",
                "Madame, Monsieur, nous vous demandons de répondre.",
                ""
            })
    void anAnonymousTextPasses(String text) {
        assertFalse(COMPLAINANT.isIdentifiedBy(text), text);
    }

    @Test
    void aRequestToTheOrganisationNamingTheComplainantIsRefusedOnItsField() {
        Complaint c = Fixtures.assigned();
        ComplaintException e = assertThrows(
                ComplaintException.class,
                () -> c.sendRequest(
                        "Mme Claire Martin affirme que vous gardez ses données.", null, Fixtures.handler()));
        assertEquals("complaint.anonymity.breached", e.key());
        assertEquals("questions", e.field());
        assertTrue(c.requests().isEmpty(), "nothing was sent");
    }

    @Test
    void aReferralReasonNamingTheComplainantIsRefusedButAClosureLetterToTheComplainantMayNameThem() {
        Complaint c = Fixtures.assigned();
        c.startInstruction(Fixtures.handler());
        ComplaintException e = assertThrows(
                ComplaintException.class,
                () -> c.close(
                        Outcome.REFERRED_TO_INSPECTION,
                        "Contrôle utile : voir le témoignage de claire.martin@example.fr",
                        UUID.randomUUID(),
                        Fixtures.handler()));
        assertEquals("complaint.anonymity.breached", e.key());
        assertEquals(ComplaintStatus.UNDER_INSTRUCTION, c.status());

        c.close(
                Outcome.RESOLVED_AFTER_INTERVENTION,
                "Mme Martin a obtenu l'accès à ses données",
                UUID.randomUUID(),
                Fixtures.handler());
        assertEquals(ComplaintStatus.CLOSED, c.status());
    }
}
