package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The value objects a dossier holds: each keeps its own rules, and a change gives a new value. */
class EmbeddedValuesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static void refused(String key, Runnable act) {
        assertEquals(key, assertThrows(DossierException.class, act::run).key());
    }

    @Test
    void theApplicationIsKeptCheckedWithItsSirenInCanonicalForm() {
        ApplicationForm typed = Fixtures.complete(Procedure.NATIONAL);
        ApplicationForm spaced = new ApplicationForm(
                typed.procedure(),
                typed.title(),
                typed.organisationName(),
                typed.organisationCountry(),
                "732 829 320",
                typed.publicBody(),
                typed.principalInvestigator(),
                typed.namedPersons(),
                typed.purpose(),
                typed.purposeDescription(),
                typed.declarations(),
                typed.dataSources(),
                typed.dataCategories(),
                typed.dataForm(),
                typed.dataFormJustification(),
                typed.ethicsAssessment(),
                typed.requestedMonths(),
                typed.processingEnvironment());
        ApplicationForm kept = spaced.checkedForDraft();
        assertEquals("732829320", kept.siren());
        assertEquals(typed, kept, "a value: equal answers are equal");
        assertEquals(typed.hashCode(), kept.hashCode());
        assertNotEquals(typed, Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION));
    }

    @Test
    void theApplicationCannotBeChangedFromOutside() {
        List<String> persons = new ArrayList<>(List.of("Jeanne Martin"));
        ApplicationForm form = new ApplicationForm(
                Procedure.NATIONAL,
                null,
                null,
                null,
                null,
                false,
                null,
                persons,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        persons.add("Intrus");
        assertEquals(List.of("Jeanne Martin"), form.namedPersons());
        assertThrows(
                UnsupportedOperationException.class, () -> form.namedPersons().add("Intrus"));
        form.declarations().add(ProhibitedUse.values()[0]);
        assertTrue(form.declarations().isEmpty(), "declarations are handed out as a copy");
        assertEquals("FR", form.organisationCountry());
    }

    @Test
    void aWronglyTypedApplicationIsRefusedWithEveryFieldAtOnce() {
        ApplicationForm bad = new ApplicationForm(
                null,
                "x".repeat(301),
                null,
                "France",
                "123",
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null);
        DossierException refused = assertThrows(DossierException.class, bad::checkedForDraft);
        assertEquals(5, refused.all().size());
    }

    @Test
    void aPermitKeepsItsTermsRules() {
        refused("permit.expiresOn.required", () -> Permit.checkTerm(DAY, null, null));
        refused("permit.expiresOn.past", () -> Permit.checkTerm(DAY, DAY, null));
        refused("permit.expiresOn.tooLong", () -> Permit.checkTerm(DAY, DAY.plusYears(11), DAY.plusYears(10)));
        refused("text.tooLong", () -> Permit.checkConditions("x".repeat(ApplicationForm.LONG + 1)));

        Permit issued = Permit.issued(DAY, DAY.plusYears(1), " Conditions ");
        assertEquals("Conditions", issued.conditions());
        refused("permit.conditions.required", () -> issued.amended(" "));
        assertEquals("Autres", issued.amended(" Autres ").conditions());
        assertEquals("Conditions", issued.conditions(), "a change gives a new value");

        refused(
                "permit.extend.tooLate",
                () -> issued.extendedTo(DAY.plusYears(2), DAY.plusMonths(11), DAY.plusMonths(10), null));
        refused("permit.extend.notLater", () -> issued.extendedTo(DAY.plusYears(1), DAY, null, null));
        refused("permit.expiresOn.tooLong", () -> issued.extendedTo(DAY.plusYears(3), DAY, null, DAY.plusYears(2)));
        Permit extended = issued.extendedTo(DAY.plusYears(2), DAY, null, null);
        assertTrue(extended.extended());
        assertFalse(issued.extended());

        refused(
                "permit.expire.early",
                () -> extended.expiredAsOf(DAY.plusYears(2).minusDays(1)));
        assertEquals(
                DAY.plusYears(2),
                extended.expiredAsOf(DAY.plusYears(2).plusDays(9)).expiredOn());
        UUID document = UUID.randomUUID();
        assertEquals(document, issued.withDocument(document).document());
        assertNull(Permit.none().expiresOn());
    }

    @Test
    void aDecisionKeepsItsReasonsAndItsExtension() {
        DecisionRecord pending = DecisionRecord.pending();
        refused("dossier.reasons.required", () -> pending.refused(" ", DAY));
        DecisionRecord refusal = pending.extendedPeriod().refused(" Motifs ", DAY);
        assertEquals(Decision.REFUSED, refusal.outcome());
        assertEquals("Motifs", refusal.reasons());
        assertEquals(DAY, refusal.decidedOn());
        assertTrue(refusal.extended(), "the extension stays with the decision");
        assertNull(pending.outcome());
        assertEquals(DAY.plusDays(2), refusal.publishedOn(DAY.plusDays(2)).publishedOn());
    }

    @Test
    void aFeeEstimateIsBoundedAndAcceptedOnce() {
        refused(
                "fee.amount.invalid",
                () -> Fee.estimated(Money.of(Fee.CEILING.add(BigDecimal.ONE), "EUR", "amount", "currency")));
        Fee estimated = Fee.estimated(Money.of(new BigDecimal("120"), "EUR", "amount", "currency"));
        assertNull(estimated.accepted());
        assertEquals(Boolean.TRUE, estimated.acceptedEstimate().accepted());
        assertNull(Fee.none().estimate());
    }

    @Test
    void clockIdsAreReplacedOnlyByTheClocksStarted() {
        ClockIds ids = ClockIds.completion(1L).updatedBy(ClockIds.decision(2L));
        assertEquals(new ClockIds(1L, null, 2L, null, null, null, null, null, null, null), ids);
        assertEquals(3L, ids.updatedBy(ClockIds.decision(3L)).decision());
        assertEquals(1L, ids.updatedBy(ClockIds.none()).completion());
    }

    @Test
    void milestonesCountFromTheCompleteApplication() {
        Milestones m = Milestones.createdOn(DAY).received(DAY.plusDays(1), false);
        Milestones resubmitted = m.received(DAY.plusDays(9), true);
        assertEquals(DAY.plusDays(1), resubmitted.submittedOn(), "a resubmission keeps the first submission");
        Milestones complete = resubmitted.complete(DAY.plusDays(20));
        assertEquals(DAY.plusDays(9), complete.completeOn(), "complete from the day received complete");
        assertThrows(IllegalStateException.class, () -> m.targetUntil(DAY.plusMonths(8)));
        assertThrows(IllegalStateException.class, () -> complete.targetUntil(DAY));
        assertEquals(DAY.plusMonths(8), complete.targetUntil(DAY.plusMonths(8)).targetOn());
        assertNull(complete.closedOn());
        assertEquals(DAY.plusDays(30), complete.closed(DAY.plusDays(30)).closedOn());
    }

    @Test
    void theCommitteeGivesOneOpinion() {
        CommitteeOpinion given = CommitteeOpinion.none().given(Opinion.FAVOURABLE, DAY, "Pertinent", "DA-2026-000001");
        assertEquals(Opinion.FAVOURABLE, given.opinion());
        assertEquals(DAY, given.givenOn());
        refused("dossier.opinion.already", () -> given.given(Opinion.UNFAVOURABLE, DAY, "Non", "DA-2026-000001"));
    }
}
