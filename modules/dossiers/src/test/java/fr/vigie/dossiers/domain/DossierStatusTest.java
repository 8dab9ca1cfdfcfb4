package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DossierStatusTest {

    @ParameterizedTest
    @EnumSource(
            value = DossierStatus.class,
            names = {"CLOSED", "REFUSED", "WITHDRAWN"})
    void finalStatesLeadNowhere(DossierStatus status) {
        assertTrue(status.next().isEmpty());
        assertFalse(status.isOpen());
    }

    @Test
    void everyWorkingStateHasItsStage() {
        assertEquals(Stage.COMPLETENESS, DossierStatus.SUBMITTED.stage());
        assertEquals(Stage.COMPLETENESS, DossierStatus.INCOMPLETE.stage());
        assertEquals(Stage.COMMITTEE, DossierStatus.COMMITTEE_REVIEW.stage());
        assertEquals(Stage.DECISION, DossierStatus.DECISION_PENDING.stage());
        assertEquals(Stage.DATA_HOLDER, DossierStatus.DATA_PREPARATION.stage());
        assertEquals(Stage.AVAILABILITY, DossierStatus.DATA_DELIVERED.stage());
    }

    @Test
    void nothingGoesBackToDraftOrSkipsTheDecision() {
        for (DossierStatus s : DossierStatus.values()) {
            assertFalse(s.canMoveTo(DossierStatus.DRAFT), s.name());
        }
        assertFalse(DossierStatus.SUBMITTED.canMoveTo(DossierStatus.DATA_PREPARATION));
        assertFalse(DossierStatus.COMMITTEE_REVIEW.canMoveTo(DossierStatus.DATA_PREPARATION));
    }

    @Test
    void theTargetIsTheDayItsClockGaveAndLateOnceThatDayPassesWithoutTheData() {
        LocalDate complete = LocalDate.of(2026, 1, 31);
        // 9 months from 31 January: 31 October 2026 is a Saturday, so the clock ends on Monday 2 November.
        TargetProgress p = TargetProgress.of(
                complete, LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 12, 1), Stage.DATA_HOLDER);
        assertEquals(LocalDate.of(2026, 11, 2), p.targetOn());
        assertEquals(9, p.targetMonths());
        assertTrue(p.late());
        assertTrue(p.percent() > 100);
        TargetProgress onTime = TargetProgress.of(
                complete, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1), null);
        assertFalse(onTime.late(), "data made available on the target's last day");
        TargetProgress notStarted = TargetProgress.of(null, null, null, complete, Stage.COMPLETENESS);
        assertFalse(notStarted.started());
        assertFalse(notStarted.late());
        assertFalse(
                TargetProgress.of(complete, null, null, complete, Stage.COMMITTEE)
                        .started(),
                "no target clock, no target");
    }

    @Test
    void aPermitExpiresFromEveryStateInWhichItRunsAndFromNoOther() {
        java.util.Set<DossierStatus> inForce = java.util.EnumSet.of(
                DossierStatus.DATA_PREPARATION, DossierStatus.DATA_DELIVERED, DossierStatus.DATA_AVAILABLE);
        for (DossierStatus s : DossierStatus.values()) {
            assertEquals(inForce.contains(s), s.canMoveTo(DossierStatus.PERMIT_EXPIRED), s.name());
        }
        assertEquals(java.util.Set.of(DossierStatus.CLOSED), DossierStatus.PERMIT_EXPIRED.next());
    }
}
