package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Regulation (EU) 2025/327 Art. 105: the EHDS procedures for secondary use exist from 26 March 2029. */
class EhdsDateOfApplicationTest {
    private final EhdsDateOfApplication regulation =
            new EhdsDateOfApplication(EhdsDateOfApplication.REGULATION_2025_327_ART_105);

    @Test
    void theDayBeforeTheDateOfApplicationAnEhdsApplicationIsRefused() {
        for (Procedure ehds : new Procedure[] {Procedure.EHDS_ACCESS_APPLICATION, Procedure.EHDS_DATA_REQUEST}) {
            DossierException e = assertThrows(
                    DossierException.class, () -> regulation.requireApplicable(ehds, LocalDate.of(2029, 3, 25)));
            assertEquals("dossier.ehds.notYetApplicable", e.key());
            assertEquals("procedure", e.field());
            assertEquals(true, e.getMessage().contains("26/03/2029"), e.getMessage());
        }
    }

    @Test
    void onTheDateOfApplicationAndAfterItIsAccepted() {
        assertDoesNotThrow(
                () -> regulation.requireApplicable(Procedure.EHDS_ACCESS_APPLICATION, LocalDate.of(2029, 3, 26)));
        assertDoesNotThrow(() -> regulation.requireApplicable(Procedure.EHDS_DATA_REQUEST, LocalDate.of(2030, 1, 2)));
    }

    @Test
    void theNationalProcedureIsNotConcerned() {
        assertDoesNotThrow(() -> regulation.requireApplicable(Procedure.NATIONAL, LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aTrialMayOpenTheProceduresEarlier() {
        assertDoesNotThrow(() -> new EhdsDateOfApplication(LocalDate.of(2025, 3, 26))
                .requireApplicable(Procedure.EHDS_ACCESS_APPLICATION, LocalDate.of(2026, 12, 6)));
    }
}
