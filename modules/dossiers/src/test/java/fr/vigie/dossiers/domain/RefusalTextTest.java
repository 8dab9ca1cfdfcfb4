package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A refused act names the dossier's states as the pages do, never as the code does. */
class RefusalTextTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aRefusedTransitionShowsTranslatedStateNames() {
        Dossier submitted = Fixtures.submitted(Procedure.values()[0], DAY);
        DomainException e = assertThrows(DomainException.class, () -> submitted.expirePermit(Fixtures.on(DAY)));
        String french = e.localizedMessage(Locale.FRENCH);
        String english = e.localizedMessage(Locale.ENGLISH);
        assertFalse(french.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"), french);
        assertFalse(english.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"), english);
    }

    @Test
    void decisionPendingReadsAsTheListShowsIt() {
        String french = DossierException.refused("dossier.transition.refused", "SUBMITTED", "DECISION_PENDING")
                .localizedMessage(Locale.FRENCH);
        assertTrue(french.contains("« Décision à prendre »"), french);
        assertFalse(french.contains("DECISION_PENDING"), french);
        assertEquals(
                "Not possible: a dossier in state \"Submitted (completeness)\" cannot move to state \"Decision pending\".",
                DossierException.refused(
                                "dossier.transition.refused", DossierStatus.SUBMITTED, DossierStatus.DECISION_PENDING)
                        .localizedMessage(Locale.ENGLISH));
    }
}
