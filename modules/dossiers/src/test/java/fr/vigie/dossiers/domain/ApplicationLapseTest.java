package fr.vigie.dossiers.domain;

import static fr.vigie.dossiers.domain.Fixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Stamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EHDS Art. 67: an application declared incomplete that the applicant does not complete within
 * its 4 weeks is deemed withdrawn — the law's effect of the applicant's silence, recorded by the
 * system, never the authority's breach.
 */
class ApplicationLapseTest {
    /** A Monday: the applicant is told the application is incomplete. */
    private static final LocalDate TOLD = LocalDate.of(2026, 3, 2);
    /** The period's last day as the platform's clock gives it (4 weeks, Reg. 1182/71 Art. 3(2)(c)). */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 30);

    private static Stamp bySystem(LocalDate day) {
        return new Stamp("system", day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(7200), day);
    }

    private static Dossier incomplete(Procedure procedure) {
        Dossier d = Fixtures.submitted(procedure, TOLD.minusDays(5));
        d.declareIncomplete("Protocole de recherche manquant", on(TOLD));
        return d;
    }

    private static DossierHistoryEntry last(Dossier d) {
        return d.history().get(d.history().size() - 1);
    }

    @Test
    void anApplicationNotCompletedInTimeIsDeemedWithdrawnFromTheDayAfterItsLastDay() {
        Dossier d = incomplete(Procedure.EHDS_ACCESS_APPLICATION);
        int events = d.history().size();

        DossierException early = assertThrows(DossierException.class, () -> d.lapse(LAST_DAY, bySystem(LAST_DAY)));
        assertEquals("dossier.lapse.early", early.key(), "the applicant may still complete it on its last day");
        assertEquals(DossierStatus.INCOMPLETE, d.status());
        assertEquals(events, d.history().size(), "a refused lapse records nothing");

        d.lapse(LAST_DAY, bySystem(LAST_DAY.plusDays(1)));
        assertEquals(DossierStatus.WITHDRAWN, d.status());
        assertFalse(d.status().isOpen());
        assertEquals(LAST_DAY, d.milestones().closedOn(), "the application ended with its period");
        assertTrue(d.stages().stream().noneMatch(DossierStage::isOpen));
        assertEquals(LAST_DAY, d.stages().get(0).endedOn());
        DossierHistoryEntry lapsed = last(d);
        assertEquals(EventType.LAPSED, lapsed.type());
        assertEquals("system", lapsed.actor(), "the law's act, nobody's decision");
        assertEquals("2026-03-30", lapsed.detail(), "the period's last day");
        assertNull(lapsed.reason());
        assertFalse(
                d.history().stream().anyMatch(e -> e.type() == EventType.WITHDRAWN),
                "never shown as the applicant's own withdrawal");
    }

    @Test
    void aLapseNoticedLateIsStillDatedOnThePeriodsLastDay() {
        Dossier d = incomplete(Procedure.EHDS_DATA_REQUEST);
        d.lapse(LAST_DAY, bySystem(LAST_DAY.plusDays(9)));
        assertEquals(DossierStatus.WITHDRAWN, d.status());
        assertEquals(LAST_DAY, d.milestones().closedOn());
        assertEquals(LAST_DAY, d.stages().get(0).endedOn());
        assertEquals(
                LAST_DAY.plusDays(9).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(7200),
                last(d).occurredAt(),
                "recorded when it was noticed");
    }

    @Test
    void aResubmittedApplicationNoLongerLapses() {
        Dossier d = incomplete(Procedure.EHDS_ACCESS_APPLICATION);
        d.saveDraft(Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION), on(LAST_DAY));
        d.submit(on(LAST_DAY));
        DossierException refused =
                assertThrows(DossierException.class, () -> d.lapse(LAST_DAY, bySystem(LAST_DAY.plusDays(1))));
        assertEquals("dossier.lapse.notIncomplete", refused.key());
        assertEquals("SUBMITTED", refused.args()[0]);
        assertEquals(DossierStatus.SUBMITTED, d.status());
        assertEquals(EventType.RESUBMITTED, last(d).type());
    }

    @Test
    void onlyAnIncompleteApplicationLapses() {
        LocalDate after = LAST_DAY.plusDays(1);
        Dossier draft = Fixtures.draft(Procedure.EHDS_ACCESS_APPLICATION, TOLD);
        Dossier pending = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, TOLD);
        Dossier withdrawn = Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, TOLD);
        withdrawn.withdraw("Projet abandonné", on(TOLD.plusDays(1)));
        Dossier lapsed = incomplete(Procedure.EHDS_ACCESS_APPLICATION);
        lapsed.lapse(LAST_DAY, bySystem(after));
        for (Dossier d : List.of(draft, pending, withdrawn, lapsed)) {
            DossierStatus before = d.status();
            int events = d.history().size();
            DossierException refused = assertThrows(DossierException.class, () -> d.lapse(LAST_DAY, bySystem(after)));
            assertEquals("dossier.lapse.notIncomplete", refused.key(), before.name());
            assertEquals(before.name(), refused.args()[0]);
            assertEquals(before, d.status());
            assertEquals(events, d.history().size(), "a second announcement changes nothing: " + before);
        }
    }

    @Test
    void aNationalApplicationHasNoSuchPeriod() {
        Dossier d = incomplete(Procedure.NATIONAL);
        assertEquals(
                "dossier.lapse.ehdsOnly",
                assertThrows(DossierException.class, () -> d.lapse(LAST_DAY, bySystem(LAST_DAY.plusDays(1))))
                        .key());
        assertEquals(DossierStatus.INCOMPLETE, d.status());
    }

    @Test
    void theRefusalSaysUntilWhenTheApplicantMayStillComplete() {
        Dossier d = incomplete(Procedure.EHDS_ACCESS_APPLICATION);
        DossierException early = assertThrows(DossierException.class, () -> d.lapse(LAST_DAY, bySystem(TOLD)));
        assertEquals(
                "Le demandeur peut encore compléter sa demande jusqu'au 30 mars 2026 inclus (EHDS art. 67).",
                early.localizedMessage(java.util.Locale.FRENCH));
        assertEquals(
                "The applicant may still complete the application until 30 March 2026 inclusive (EHDS Art. 67).",
                early.localizedMessage(java.util.Locale.ENGLISH));
    }
}
