package fr.vigie.dossiers.domain;

import static fr.vigie.dossiers.domain.Fixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Silence of the committee and of the authority in the national procedure (loi 78-17). */
class TacitOutcomeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    @Test
    void theCommitteesSilenceIsAFavourableOpinionRecordedAsTacit() {
        Dossier d = Fixtures.submitted(Procedure.NATIONAL, DAY);
        d.declareComplete(on(DAY));
        d.recordTacitOpinion(DAY.plusMonths(1), on(DAY.plusMonths(1).plusDays(1)));
        assertEquals(Opinion.TACIT_FAVOURABLE, d.committeeOpinion().opinion());
        assertEquals(DAY.plusMonths(1), d.committeeOpinion().givenOn());
        assertEquals(DossierStatus.DECISION_PENDING, d.status());
        assertEquals(
                EventType.TACIT_OPINION, d.history().get(d.history().size() - 1).type(), "shown as tacit");
    }

    @Test
    void aTacitOpinionCannotFollowARealOne() {
        Dossier d = Fixtures.pendingDecision(Procedure.NATIONAL, DAY);
        assertThrows(DossierException.class, () -> d.recordTacitOpinion(DAY.plusMonths(1), on(DAY.plusMonths(1))));
    }

    @Test
    void theAuthoritysSilenceIsAnAuthorisationForTheRequestedDuration() {
        Dossier d = Fixtures.pendingDecision(Procedure.NATIONAL, DAY);
        LocalDate end = DAY.plusMonths(3);
        d.recordTacitAuthorisation(end, on(end.plusDays(1)));
        assertEquals(Decision.TACIT_AUTHORISATION, d.decision().outcome());
        assertEquals(DossierStatus.DATA_PREPARATION, d.status());
        assertEquals(end.plusMonths(36), d.permit().expiresOn());
        assertEquals(
                EventType.TACIT_AUTHORISATION,
                d.history().get(d.history().size() - 1).type());
    }

    @Test
    void silenceHasNoSuchEffectInTheEhdsProcedure() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        assertEquals(
                "dossier.tacit.nationalOnly",
                assertThrows(DossierException.class, () -> d.recordTacitAuthorisation(DAY, on(DAY)))
                        .key());
        assertThrows(DossierException.class, () -> d.recordTacitOpinion(DAY, on(DAY)));
    }

    @Test
    void aTacitAuthorisationIsImpossibleOnceDecided() {
        Dossier d = Fixtures.pendingDecision(Procedure.NATIONAL, DAY);
        d.refuse("Motifs", on(DAY.plusDays(40)));
        assertThrows(
                DossierException.class, () -> d.recordTacitAuthorisation(DAY.plusMonths(3), on(DAY.plusMonths(3))));
    }

    @Test
    void aTacitAuthorisationOnceAcquiredCannotBeOvertakenByAGrantOrARefusal() {
        Dossier d = Fixtures.pendingDecision(Procedure.NATIONAL, DAY);
        LocalDate due = DAY.plusMonths(2);
        d.requireNoTacitAuthorisation(due, on(due));
        DossierException late =
                assertThrows(DossierException.class, () -> d.requireNoTacitAuthorisation(due, on(due.plusDays(1))));
        assertEquals("dossier.decision.tacitAcquired", late.key());
        assertEquals(
                "La période de décision a expiré le 15 mars 2026 sans décision : l'autorisation est réputée accordée"
                        + " (loi 78-17 art. 66) et ne peut plus être remplacée par une décision.",
                late.localizedMessage(java.util.Locale.FRENCH));
        Dossier ehds = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        ehds.requireNoTacitAuthorisation(due, on(due.plusDays(1)));
    }
}
