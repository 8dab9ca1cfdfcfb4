package fr.vigie.dossiers.domain;

import static fr.vigie.dossiers.domain.Fixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Art. 68(12): duration at most the permit-term policy's maximum (10 years), one extension asked in time, deletion
 * after. The bounds come from the clock catalogue (the platform's policies), passed in as days.
 */
class PermitTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static Dossier available(LocalDate expiresOn) {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.grant(expiresOn, DAY.plusYears(10), "Pas de réidentification", on(DAY));
        d.recordDelivery(DAY.plusMonths(1), on(DAY.plusMonths(1)));
        d.recordAvailability(DAY.plusMonths(2), on(DAY.plusMonths(2)));
        return d;
    }

    @Test
    void aPermitRunsNoLongerThanThePolicysMaximum() {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        DossierException tooLong = assertThrows(
                DossierException.class, () -> d.grant(DAY.plusYears(10).plusDays(1), DAY.plusYears(10), null, on(DAY)));
        assertEquals("expiresOn", tooLong.field());
        assertEquals("permit.expiresOn.tooLong", tooLong.key());
        assertEquals(
                "permit.expiresOn.past",
                assertThrows(DossierException.class, () -> d.grant(DAY, DAY.plusYears(10), null, on(DAY)))
                        .key());
        d.grant(DAY.plusYears(10), DAY.plusYears(10), null, on(DAY));
        assertEquals(DAY.plusYears(10), d.permit().expiresOn());
    }

    @Test
    void anExtensionIsAskedByTheLastDayItsClockGives() {
        LocalDate expiry = DAY.plusYears(2);
        LocalDate lastDayToAsk = expiry.minusMonths(1);
        Dossier late = available(expiry);
        DossierException e = assertThrows(
                DossierException.class,
                () -> late.extendPermit(
                        expiry.plusYears(1),
                        "Suivi prolongé",
                        lastDayToAsk,
                        expiry.plusYears(10),
                        on(lastDayToAsk.plusDays(1))));
        assertEquals("permit.extend.tooLate", e.key());

        Dossier inTime = available(expiry);
        inTime.extendPermit(
                expiry.plusYears(1), "Suivi prolongé", lastDayToAsk, expiry.plusYears(10), on(lastDayToAsk));
        assertEquals(expiry.plusYears(1), inTime.permit().expiresOn());
        assertTrue(inTime.permit().extended());
    }

    @Test
    void theClocksLastDayToAskWinsOverTheSimpleCount() {
        LocalDate expiry = DAY.plusYears(2);
        Dossier d = available(expiry);
        LocalDate clockSays = expiry.minusMonths(1).minusDays(2);
        assertThrows(
                DossierException.class,
                () -> d.extendPermit(
                        expiry.plusYears(1), "Suivi", clockSays, expiry.plusYears(10), on(clockSays.plusDays(1))));
        d.extendPermit(expiry.plusYears(1), "Suivi", clockSays, expiry.plusYears(10), on(clockSays));
    }

    @Test
    void withoutAPeriodToAskNoDayIsInventedHere() {
        // An authorisation under loi 78-17 has no counted-back clock: no "one month before" rule applies.
        LocalDate expiry = DAY.plusYears(2);
        Dossier d = available(expiry);
        d.extendPermit(expiry.plusYears(1), "Suivi", null, expiry.plusYears(10), on(expiry.minusDays(1)));
        assertEquals(expiry.plusYears(1), d.permit().expiresOn());
    }

    @Test
    void aPermitIsExtendedOnceForAtMostTenMoreYearsWithAReason() {
        LocalDate expiry = DAY.plusYears(2);
        Dossier d = available(expiry);
        LocalDate asked = DAY.plusYears(1);
        assertEquals(
                "reason",
                assertThrows(
                                DossierException.class,
                                () -> d.extendPermit(expiry.plusYears(1), "", null, expiry.plusYears(10), on(asked)))
                        .field());
        assertEquals(
                "permit.extend.notLater",
                assertThrows(
                                DossierException.class,
                                () -> d.extendPermit(expiry, "Suivi", null, expiry.plusYears(10), on(asked)))
                        .key());
        assertEquals(
                "permit.expiresOn.tooLong",
                assertThrows(
                                DossierException.class,
                                () -> d.extendPermit(
                                        expiry.plusYears(10).plusDays(1),
                                        "Suivi",
                                        null,
                                        expiry.plusYears(10),
                                        on(asked)))
                        .key());
        d.extendPermit(expiry.plusYears(10), "Suivi", null, expiry.plusYears(10), on(asked));
        assertEquals(
                "permit.extend.once",
                assertThrows(
                                DossierException.class,
                                () -> d.extendPermit(
                                        expiry.plusYears(11), "Encore", null, expiry.plusYears(20), on(asked)))
                        .key());
    }

    @Test
    void aPermitExpiresOnlyAtItsTermThenTheDataAreDeleted() {
        LocalDate expiry = DAY.plusYears(1);
        Dossier d = available(expiry);
        assertEquals(
                "permit.expire.early",
                assertThrows(DossierException.class, () -> d.expirePermit(on(expiry.minusDays(1))))
                        .key());
        d.expirePermit(on(expiry));
        assertEquals(DossierStatus.PERMIT_EXPIRED, d.status());
        assertThrows(DossierException.class, () -> d.amendPermit("x", "y", on(expiry)), "no amendment once expired");
        d.confirmDeletion(on(expiry.plusMonths(2)));
        assertEquals(DossierStatus.CLOSED, d.status());
    }

    @Test
    void anAmendmentChangesTheConditionsWithAReason() {
        Dossier d = available(DAY.plusYears(3));
        d.amendPermit(
                "Ajout d'un appariement avec le registre", "Avenant demandé par le titulaire", on(DAY.plusMonths(6)));
        assertEquals("Ajout d'un appariement avec le registre", d.permit().conditions());
        assertEquals(
                EventType.PERMIT_AMENDED,
                d.history().get(d.history().size() - 1).type());
    }

    // ------------------------------------------------------------------ end of life, whether or not the data arrived

    private static Dossier granted(LocalDate expiresOn) {
        Dossier d = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        d.grant(expiresOn, DAY.plusYears(10), null, on(DAY));
        return d;
    }

    private static DossierStage stage(Dossier d, Stage stage) {
        return d.stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    @Test
    void aPermitReachesItsTermWhileTheDataHolderStillPreparesTheData() {
        LocalDate expiry = DAY.plusYears(1);
        Dossier d = granted(expiry);
        assertEquals(DossierStatus.DATA_PREPARATION, d.status());
        assertEquals(
                "permit.expire.early",
                assertThrows(DossierException.class, () -> d.expirePermit(on(expiry.minusDays(1))))
                        .key());
        d.expirePermit(on(expiry));
        assertEquals(DossierStatus.PERMIT_EXPIRED, d.status());
        assertEquals(expiry, d.permit().expiredOn());
        assertEquals(expiry, stage(d, Stage.DATA_HOLDER).endedOn(), "the data holder's stage ended with the permit");
        assertEquals(
                EventType.PERMIT_EXPIRED,
                d.history().get(d.history().size() - 1).type());
        assertThrows(DossierException.class, () -> d.recordDelivery(expiry, on(expiry)), "no delivery after the term");
        d.confirmDeletion(on(expiry.plusMonths(1)));
        assertEquals(DossierStatus.CLOSED, d.status());
    }

    @Test
    void aPermitReachesItsTermWithTheDataDeliveredButNotYetAvailable() {
        LocalDate expiry = DAY.plusYears(1);
        Dossier d = granted(expiry);
        d.recordDelivery(DAY.plusMonths(3), on(DAY.plusMonths(3)));
        assertEquals(DossierStatus.DATA_DELIVERED, d.status());
        d.expirePermit(on(expiry));
        assertEquals(DossierStatus.PERMIT_EXPIRED, d.status());
        assertEquals(expiry, stage(d, Stage.AVAILABILITY).endedOn());
        assertThrows(
                DossierException.class,
                () -> d.recordAvailability(expiry, on(expiry)),
                "no data made available after the term");
    }

    @Test
    void anExpiryRecordedLateIsDatedOnThePermitsTermTheDayTheDeletionPeriodRunsFrom() {
        LocalDate expiry = DAY.plusYears(1);
        Dossier d = available(expiry);
        d.expirePermit(on(expiry.plusDays(40)));
        assertEquals(expiry, d.permit().expiredOn(), "the deletion clock starts on this day, not on the day recorded");
        Dossier preparing = granted(expiry);
        preparing.expirePermit(on(expiry.plusDays(40)));
        assertEquals(expiry, preparing.permit().expiredOn());
        assertEquals(expiry, stage(preparing, Stage.DATA_HOLDER).endedOn());
    }

    @Test
    void noPermitExpiresBeforeItIsGranted() {
        for (Dossier d : new Dossier[] {
            Fixtures.draft(Procedure.EHDS_ACCESS_APPLICATION, DAY),
            Fixtures.submitted(Procedure.EHDS_ACCESS_APPLICATION, DAY),
            Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY),
            Fixtures.pendingDecision(Procedure.NATIONAL, DAY)
        }) {
            DossierException refused =
                    assertThrows(DossierException.class, () -> d.expirePermit(on(DAY.plusYears(20))));
            assertEquals("dossier.transition.refused", refused.key(), d.status().name());
            assertEquals(DossierStatus.PERMIT_EXPIRED.name(), refused.args()[1]);
        }
        Dossier refusedApplication = Fixtures.pendingDecision(Procedure.EHDS_ACCESS_APPLICATION, DAY);
        refusedApplication.refuse("Finalité non couverte", on(DAY.plusDays(5)));
        assertThrows(DossierException.class, () -> refusedApplication.expirePermit(on(DAY.plusYears(20))));
    }

    @Test
    void aNationalAuthorisationReachesItsTermBeforeTheDataArrivedToo() {
        LocalDate expiry = DAY.plusYears(2);
        Dossier d = Fixtures.pendingDecision(Procedure.NATIONAL, DAY);
        d.grant(expiry, DAY.plusYears(10), null, on(DAY.plusDays(30)));
        assertEquals(DossierStatus.DATA_PREPARATION, d.status());
        d.expirePermit(on(expiry));
        assertEquals(DossierStatus.PERMIT_EXPIRED, d.status());
    }
}
