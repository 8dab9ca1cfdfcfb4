package fr.vigie.dossiers.domain;

import static fr.vigie.dossiers.domain.DossierAct.*;
import static fr.vigie.dossiers.domain.Fixtures.on;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.Money;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link Dossier#availableActs()} offers is what the verbs accept: in every state (and the
 * variants that change the answer: a fee estimated or accepted, a period extended, a decision
 * published), each offered act succeeds with valid inputs, and each other act is refused by its verb
 * with the refusal its rule gives. The expected sets are those the file page showed before it asked
 * the dossier (plus {@code SUBMIT} and {@code ATTACH}, which the file page does not offer), except
 * where the domain is stricter: see {@code aPendingFeeHidesTheGrant} and the closed dossier.
 */
class DossierActsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** The day every act is tried: after every permit's term here (a tacit one runs 36 months), so that an expiry is on time. */
    private static final LocalDate LATER = DAY.plusYears(5);

    private static final Procedure EHDS = Procedure.EHDS_ACCESS_APPLICATION;
    private static final Procedure NATIONAL = Procedure.NATIONAL;

    record Scenario(String name, Supplier<Dossier> dossier, Set<DossierAct> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario(
                        "draft", () -> Fixtures.draft(EHDS, DAY), EnumSet.of(SAVE_DRAFT, SUBMIT, ATTACH, WITHDRAW)),
                new Scenario(
                        "submitted",
                        () -> Fixtures.submitted(EHDS, DAY),
                        EnumSet.of(ATTACH, DECLARE_INCOMPLETE, DECLARE_COMPLETE, ESTIMATE_FEE, WITHDRAW)),
                new Scenario(
                        "submitted, fee estimated",
                        () -> withFee(Fixtures.submitted(EHDS, DAY)),
                        EnumSet.of(ATTACH, DECLARE_INCOMPLETE, DECLARE_COMPLETE, ESTIMATE_FEE, ACCEPT_FEE, WITHDRAW)),
                new Scenario(
                        "incomplete (EHDS)",
                        () -> incomplete(EHDS),
                        EnumSet.of(SAVE_DRAFT, SUBMIT, ATTACH, ESTIMATE_FEE, WITHDRAW, REFUSE)),
                new Scenario(
                        "incomplete (national)",
                        () -> incomplete(NATIONAL),
                        EnumSet.of(SAVE_DRAFT, SUBMIT, ATTACH, ESTIMATE_FEE, WITHDRAW, REFUSE)),
                new Scenario(
                        "committee review", DossierActsTest::inCommittee, EnumSet.of(ATTACH, ESTIMATE_FEE, WITHDRAW)),
                new Scenario(
                        "decision pending (EHDS)",
                        () -> Fixtures.pendingDecision(EHDS, DAY),
                        EnumSet.of(ATTACH, ESTIMATE_FEE, WITHDRAW, EXTEND_DECISION, GRANT, REFUSE)),
                new Scenario(
                        "decision pending (national, after the opinion)",
                        () -> Fixtures.pendingDecision(NATIONAL, DAY),
                        EnumSet.of(ATTACH, ESTIMATE_FEE, WITHDRAW, EXTEND_DECISION, GRANT, REFUSE)),
                new Scenario(
                        "decision pending, fee estimated",
                        () -> withFee(Fixtures.pendingDecision(EHDS, DAY)),
                        EnumSet.of(ATTACH, ESTIMATE_FEE, ACCEPT_FEE, WITHDRAW, EXTEND_DECISION, REFUSE)),
                new Scenario(
                        "decision pending, fee accepted",
                        () -> withAcceptedFee(Fixtures.pendingDecision(EHDS, DAY)),
                        EnumSet.of(ATTACH, ESTIMATE_FEE, WITHDRAW, EXTEND_DECISION, GRANT, REFUSE)),
                new Scenario(
                        "decision pending, period extended",
                        () -> extended(Fixtures.pendingDecision(EHDS, DAY)),
                        EnumSet.of(ATTACH, ESTIMATE_FEE, WITHDRAW, GRANT, REFUSE)),
                new Scenario(
                        "data preparation (EHDS)",
                        () -> granted(EHDS),
                        EnumSet.of(
                                ATTACH, PUBLISH_DECISION, RECORD_DELIVERY, AMEND_PERMIT, EXTEND_PERMIT, EXPIRE_PERMIT)),
                new Scenario(
                        "data preparation (EHDS data request)",
                        () -> granted(Procedure.EHDS_DATA_REQUEST),
                        EnumSet.of(
                                ATTACH, PUBLISH_DECISION, RECORD_DELIVERY, AMEND_PERMIT, EXTEND_PERMIT, EXPIRE_PERMIT)),
                new Scenario(
                        "data preparation (national)",
                        () -> granted(NATIONAL),
                        EnumSet.of(
                                ATTACH,
                                PUBLISH_DECISION,
                                RECORD_AVAILABILITY,
                                AMEND_PERMIT,
                                EXTEND_PERMIT,
                                EXPIRE_PERMIT)),
                new Scenario(
                        "data preparation (national, tacit authorisation)",
                        DossierActsTest::tacitlyAuthorised,
                        EnumSet.of(
                                ATTACH,
                                PUBLISH_DECISION,
                                RECORD_AVAILABILITY,
                                AMEND_PERMIT,
                                EXTEND_PERMIT,
                                EXPIRE_PERMIT)),
                new Scenario(
                        "data preparation, published, permit extended",
                        () -> publishedAndExtended(granted(EHDS)),
                        EnumSet.of(ATTACH, RECORD_DELIVERY, AMEND_PERMIT, EXPIRE_PERMIT)),
                new Scenario(
                        "data delivered",
                        () -> delivered(granted(EHDS)),
                        EnumSet.of(
                                ATTACH,
                                PUBLISH_DECISION,
                                RECORD_AVAILABILITY,
                                AMEND_PERMIT,
                                EXTEND_PERMIT,
                                EXPIRE_PERMIT)),
                new Scenario(
                        "data available (EHDS)",
                        () -> available(delivered(granted(EHDS))),
                        EnumSet.of(ATTACH, PUBLISH_DECISION, AMEND_PERMIT, EXTEND_PERMIT, EXPIRE_PERMIT)),
                new Scenario(
                        "data available (national)",
                        () -> available(granted(NATIONAL)),
                        EnumSet.of(ATTACH, PUBLISH_DECISION, AMEND_PERMIT, EXTEND_PERMIT, EXPIRE_PERMIT)),
                new Scenario(
                        "permit expired",
                        () -> expired(granted(EHDS)),
                        EnumSet.of(ATTACH, PUBLISH_DECISION, CONFIRM_DELETION)),
                new Scenario(
                        "closed, decision never published", DossierActsTest::closed, EnumSet.noneOf(DossierAct.class)),
                new Scenario(
                        "refused (decision pending)",
                        () -> refused(Fixtures.pendingDecision(EHDS, DAY)),
                        EnumSet.of(PUBLISH_DECISION)),
                new Scenario(
                        "refused (incomplete), published",
                        () -> published(refused(incomplete(NATIONAL))),
                        EnumSet.noneOf(DossierAct.class)),
                new Scenario(
                        "withdrawn (draft)",
                        () -> withdrawn(Fixtures.draft(EHDS, DAY)),
                        EnumSet.noneOf(DossierAct.class)),
                new Scenario(
                        "withdrawn (decision pending)",
                        () -> withdrawn(Fixtures.pendingDecision(NATIONAL, DAY)),
                        EnumSet.noneOf(DossierAct.class)),
                new Scenario("lapsed (deemed withdrawn)", DossierActsTest::lapsed, EnumSet.noneOf(DossierAct.class)));
    }

    @Test
    void theScenariosReachEveryStatus() {
        Set<DossierStatus> reached = scenarios().stream()
                .map(s -> s.dossier().get().status())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DossierStatus.class)));
        assertEquals(EnumSet.allOf(DossierStatus.class), reached);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theDossierOffersTheExpectedActs(Scenario scenario) {
        assertEquals(scenario.expected(), scenario.dossier().get().availableActs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyOfferedActIsAcceptedAndEveryOtherRefusedByItsVerb(Scenario scenario) {
        Set<DossierAct> offered = scenario.dossier().get().availableActs();
        for (DossierAct act : DossierAct.values()) {
            Dossier d = scenario.dossier().get();
            if (offered.contains(act)) {
                assertDoesNotThrow(() -> perform(d, act), act + " is offered: its verb must accept it");
            } else {
                DossierException expected = DossierActRules.refusal(d, act).orElseThrow();
                DossierStatus before = d.status();
                int events = d.history().size();
                DossierException refused =
                        assertThrows(DossierException.class, () -> perform(d, act), act + " is not offered");
                assertEquals(expected.key(), refused.key(), act + ": the verb says its rule's refusal");
                assertEquals(expected.field(), refused.field(), act.name());
                assertEquals(Arrays.asList(expected.args()), Arrays.asList(refused.args()), act.name());
                assertEquals(before, d.status(), act + " refused changes nothing");
                assertEquals(events, d.history().size(), act + " refused writes no history");
            }
        }
    }

    @Test
    void aPendingFeeHidesTheGrantUntilTheApplicantAcceptsIt() {
        Dossier d = withFee(Fixtures.pendingDecision(EHDS, DAY));
        assertEquals(
                "dossier.grant.feeNotAccepted",
                assertThrows(DossierException.class, () -> perform(d, GRANT)).key());
        d.acceptFee(on(DAY));
        assertEquals(true, d.availableActs().contains(GRANT));
        assertEquals(
                "dossier.fee.alreadyAccepted",
                assertThrows(DossierException.class, () -> d.acceptFee(on(DAY.plusDays(27))))
                        .key());
    }

    /** The act with valid inputs, on {@link #LATER}. A new act fails to compile here until it is tried. */
    private static void perform(Dossier d, DossierAct act) {
        Runnable verb =
                switch (act) {
                    case SAVE_DRAFT -> () -> d.saveDraft(Fixtures.complete(d.procedure()), on(LATER));
                    case SUBMIT -> () -> d.submit(on(LATER));
                    case ATTACH -> () -> d.attach(UUID.randomUUID(), "protocole.pdf", on(LATER));
                    case DECLARE_INCOMPLETE -> () -> d.declareIncomplete("Protocole de recherche", on(LATER));
                    case DECLARE_COMPLETE -> () -> d.declareComplete(on(LATER));
                    case ESTIMATE_FEE -> () -> d.estimateFee(Money.euros(2400), on(LATER));
                    case ACCEPT_FEE -> () -> d.acceptFee(on(LATER));
                    case WITHDRAW -> () -> d.withdraw("Projet abandonné", on(LATER));
                    case EXTEND_DECISION -> () -> d.extendDecision("Appariement à expertiser", on(LATER));
                    case GRANT -> () -> d.grant(LATER.plusYears(1), null, "Aucune réidentification", on(LATER));
                    case REFUSE -> () -> d.refuse("Finalité hors du champ de l'art. 53", on(LATER));
                    case PUBLISH_DECISION -> () -> d.publishDecision(on(LATER));
                    case RECORD_DELIVERY -> () -> d.recordDelivery(LATER, on(LATER));
                    case RECORD_AVAILABILITY -> () -> d.recordAvailability(LATER, on(LATER));
                    case AMEND_PERMIT -> () -> d.amendPermit("Résultats agrégés seulement", "Avenant", on(LATER));
                    case EXTEND_PERMIT ->
                        () -> d.extendPermit(
                                d.permit().expiresOn() == null
                                        ? LATER.plusYears(1)
                                        : d.permit().expiresOn().plusYears(1),
                                "Suivi prolongé",
                                null,
                                null,
                                on(LATER));
                    case EXPIRE_PERMIT -> () -> d.expirePermit(on(LATER));
                    case CONFIRM_DELETION -> () -> d.confirmDeletion(on(LATER));
                };
        verb.run();
    }

    // ------------------------------------------------------------------ dossiers built through the verbs

    private static Dossier incomplete(Procedure procedure) {
        Dossier d = Fixtures.submitted(procedure, DAY);
        d.declareIncomplete("Protocole manquant", on(DAY.plusDays(3)));
        return d;
    }

    private static Dossier inCommittee() {
        Dossier d = Fixtures.submitted(NATIONAL, DAY);
        d.declareComplete(on(DAY.plusDays(2)));
        return d;
    }

    private static Dossier withFee(Dossier d) {
        d.estimateFee(Money.euros(1200), on(DAY.plusDays(25)));
        return d;
    }

    private static Dossier withAcceptedFee(Dossier d) {
        withFee(d).acceptFee(on(DAY.plusDays(26)));
        return d;
    }

    private static Dossier extended(Dossier d) {
        d.extendDecision("Appariement de trois bases", on(DAY.plusDays(27)));
        return d;
    }

    private static Dossier granted(Procedure procedure) {
        Dossier d = Fixtures.pendingDecision(procedure, DAY);
        d.grant(DAY.plusYears(1), null, "Aucune réidentification", on(DAY.plusDays(30)));
        return d;
    }

    private static Dossier tacitlyAuthorised() {
        Dossier d = Fixtures.pendingDecision(NATIONAL, DAY);
        d.recordTacitAuthorisation(DAY.plusMonths(3), on(DAY.plusMonths(3).plusDays(1)));
        return d;
    }

    private static Dossier publishedAndExtended(Dossier d) {
        d.publishDecision(on(DAY.plusDays(31)));
        d.extendPermit(DAY.plusYears(1).plusMonths(6), "Suivi prolongé", null, null, on(DAY.plusDays(32)));
        return d;
    }

    private static Dossier delivered(Dossier d) {
        d.recordDelivery(DAY.plusDays(40), on(DAY.plusDays(40)));
        return d;
    }

    private static Dossier available(Dossier d) {
        d.recordAvailability(DAY.plusDays(50), on(DAY.plusDays(50)));
        return d;
    }

    private static Dossier expired(Dossier d) {
        d.expirePermit(on(DAY.plusYears(1)));
        return d;
    }

    private static Dossier closed() {
        Dossier d = expired(granted(EHDS));
        d.confirmDeletion(on(DAY.plusYears(1).plusMonths(1)));
        return d;
    }

    private static Dossier refused(Dossier d) {
        d.refuse("Finalité hors du champ de l'art. 53", on(DAY.plusDays(35)));
        return d;
    }

    private static Dossier published(Dossier d) {
        d.publishDecision(on(DAY.plusDays(36)));
        return d;
    }

    private static Dossier withdrawn(Dossier d) {
        d.withdraw("Projet abandonné", on(DAY.plusDays(35)));
        return d;
    }

    private static Dossier lapsed() {
        Dossier d = incomplete(EHDS);
        d.lapse(DAY.plusDays(31), on(DAY.plusDays(32)));
        return d;
    }
}
