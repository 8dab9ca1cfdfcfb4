package fr.vigie.sanctions.domain;

import static fr.vigie.sanctions.domain.Fixtures.CAPS;
import static fr.vigie.sanctions.domain.Fixtures.DAY;
import static fr.vigie.sanctions.domain.Fixtures.breaches;
import static fr.vigie.sanctions.domain.Fixtures.by;
import static fr.vigie.sanctions.domain.Fixtures.on;
import static fr.vigie.sanctions.domain.Fixtures.undertaking;
import static fr.vigie.sanctions.domain.Fixtures.undertakingAbroad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.clock.domain.FrenchPublicHolidays;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionCaseTest {
    private static final Impartiality RECUSALS = new Impartiality(Set.of(), Set.of("irene"));

    private SanctionCase opened() {
        return new SanctionCase(
                "SAN-2026-000001",
                undertaking(),
                breaches(),
                "MD-2026-000001",
                CaseRef.parse("inspections:CTL-2026-0042"),
                Set.of("ines"),
                by("president"));
    }

    /** Up to the hearing held, by the book. */
    private SanctionCase heard() {
        SanctionCase c = opened();
        c.refer(Reason.of("Not complied"), by("president"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        c.notifyReport(DAY.plusMonths(1), by("rachel"));
        c.recordReply(DAY, DAY.plusMonths(1), by("clerk"));
        c.answer("Answered", by("rachel"));
        c.scheduleHearing(DAY.plusDays(15), DAY, false, by("chair"));
        c.holdHearing("Acme's counsel, the rapporteur", "Minutes of the hearing", on("chair", DAY.plusDays(15)));
        return c;
    }

    private SanctionCase deliberating() {
        SanctionCase c = heard();
        c.openDeliberation(Set.of("m1", "m2"), 3, RECUSALS, by("chair"));
        return c;
    }

    @Test
    void ordinaryProcedureRunsInOrder() {
        SanctionCase c = opened();
        assertTrue(c.availableActs().contains(CaseAct.REFER));
        assertThrows(
                SanctionsException.class, () -> c.appointRapporteur("rachel", Impartiality.none(), by("president")));
        SanctionCase h = heard();
        assertEquals(CaseStatus.HEARD, h.status());
        assertTrue(h.hearing().isPublic());
        assertEquals(
                Set.of(CaseAct.OPEN_DELIBERATION, CaseAct.ADD_TO_FILE, CaseAct.SHARE_ART60_DRAFT), h.availableActs());
    }

    @Test
    void anInspectorCannotBeRapporteurAndTheRefusalNamesThePerson() {
        SanctionCase c = opened();
        c.refer(Reason.of("Not complied"), by("president"));
        DutyRefused e = assertThrows(
                DutyRefused.class, () -> c.appointRapporteur("ines", Impartiality.none(), by("president")));
        assertEquals("duty.inspector.notRapporteur", e.key());
        assertEquals("ines", e.person());
        DutyRefused viaTeams = assertThrows(
                DutyRefused.class,
                () -> c.appointRapporteur("ivan", new Impartiality(Set.of("ivan"), Set.of()), by("president")));
        assertEquals("rapporteur", viaTeams.field());
    }

    @Test
    void onlyTheRapporteurNotifiesTheReport() {
        SanctionCase c = opened();
        c.refer(Reason.of("Not complied"), by("president"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        assertInstanceOf(
                DutyRefused.class, assertThrows(SanctionsException.class, () -> c.notifyReport(DAY, by("bob"))));
    }

    @Test
    void hearingDateLeavingLessThanTheNoticeIsRefused() {
        SanctionCase c = opened();
        c.refer(Reason.of("r"), by("president"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        c.notifyReport(DAY.plusMonths(1), by("rachel"));
        c.declineAnswer(by("rachel"));
        SanctionsException e = assertThrows(
                SanctionsException.class,
                () -> c.scheduleHearing(DAY.plusDays(14), DAY.minusDays(1), false, by("chair")));
        assertEquals("hearingOn", e.field());
        assertEquals("hearing.notice.tooShort", e.key());
        assertTrue(e.getMessage().contains("had to leave by 1 March 2026"), e.getMessage());
        c.scheduleHearing(DAY.plusDays(15), DAY, true, by("chair"));
        assertFalse(c.hearing().isPublic());
    }

    @Test
    void theRapporteurNeverSitsNorVotes() {
        SanctionCase c = heard();
        DutyRefused sit = assertThrows(
                DutyRefused.class, () -> c.openDeliberation(Set.of("m1", "rachel"), 3, RECUSALS, by("chair")));
        assertEquals("duty.rapporteur.notSit", sit.key());
        c.openDeliberation(Set.of("m1", "m2"), 3, RECUSALS, by("chair"));
        DutyRefused vote = assertThrows(DutyRefused.class, () -> c.vote(true, RECUSALS, by("rachel")));
        assertEquals("duty.rapporteur.noVote", vote.key());
    }

    @Test
    void inspectorsAndInterestedMembersAreRecused() {
        SanctionCase c = heard();
        assertEquals(
                "duty.inspector.notJudge",
                assertThrows(
                                DutyRefused.class,
                                () -> c.openDeliberation(Set.of("m1", "ines"), 3, RECUSALS, by("chair")))
                        .key());
        assertEquals(
                "duty.interest.recused",
                assertThrows(
                                DutyRefused.class,
                                () -> c.openDeliberation(Set.of("m1", "irene"), 3, RECUSALS, by("chair")))
                        .key());
        assertEquals(
                "deliberation.quorum",
                assertThrows(SanctionsException.class, () -> c.openDeliberation(Set.of("m1"), 3, RECUSALS, by("chair")))
                        .key());
    }

    @Test
    void theChairsVoteDecidesATie() {
        SanctionCase c = heard();
        c.openDeliberation(Set.of("m1", "m2", "m3"), 3, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("m1"));
        c.vote(false, RECUSALS, by("m2"));
        c.vote(false, RECUSALS, by("m3"));
        assertTrue(c.deliberation().majorityInFavour(c.votes()));
        assertThrows(SanctionsException.class, () -> c.vote(true, RECUSALS, by("m1")));
        assertThrows(SanctionsException.class, () -> c.vote(true, RECUSALS, by("stranger")));
    }

    @Test
    void aFineOverItsCapIsRefusedOnTheFieldNamingTheArticleThenALawfulOneIsAccepted() {
        SanctionCase c = deliberating();
        c.vote(true, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("m1"));
        c.vote(false, RECUSALS, by("m2"));
        SanctionsException e = assertThrows(
                SanctionsException.class,
                () -> c.adoptDecision(
                        List.of(Measure.fine(Money.euros(40_000_001))), "Serious breach", null, CAPS, by("chair")));
        assertEquals("fine", e.field());
        assertTrue(e.getMessage().contains("83(5)"), e.getMessage());
        assertEquals(CaseStatus.DELIBERATING, c.status());
        c.adoptDecision(
                List.of(
                        Measure.fine(Money.euros(40_000_000)),
                        Measure.injunction("Hash passwords", DAY.plusMonths(3), Money.euros(1_000))),
                "Serious breach",
                null,
                CAPS,
                by("chair"));
        assertEquals(CaseStatus.DECIDED, c.status());
        assertTrue(c.availableActs()
                .containsAll(Set.of(CaseAct.NOTIFY_DECISION, CaseAct.PUBLISH, CaseAct.RECORD_PENALTY)));
    }

    @Test
    void aPenaltyOverItsCapIsRefusedOnItsField() {
        SanctionCase c = deliberating();
        c.vote(true, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("m1"));
        c.vote(true, RECUSALS, by("m2"));
        SanctionsException e = assertThrows(
                SanctionsException.class,
                () -> c.adoptDecision(
                        List.of(Measure.injunction("x", DAY, Money.euros(100_001))), "r", null, CAPS, by("chair")));
        assertEquals("penaltyPerDay", e.field());
    }

    @Test
    void noDecisionWithoutMajorityOrByAnotherThanTheChair() {
        SanctionCase c = deliberating();
        c.vote(false, RECUSALS, by("chair"));
        c.vote(false, RECUSALS, by("m1"));
        c.vote(true, RECUSALS, by("m2"));
        List<Measure> m = List.of(Measure.callToOrder("Call to order"));
        assertEquals(
                "decision.chairOnly",
                assertThrows(SanctionsException.class, () -> c.adoptDecision(m, "r", null, CAPS, by("m1")))
                        .key());
        assertEquals(
                "decision.noMajority",
                assertThrows(SanctionsException.class, () -> c.adoptDecision(m, "r", null, CAPS, by("chair")))
                        .key());
    }

    @Test
    void afterTheDecisionNotificationAppealPublicationAndAnonymisation() {
        SanctionCase c = deliberating();
        c.vote(true, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("m1"));
        c.vote(true, RECUSALS, by("m2"));
        c.adoptDecision(List.of(Measure.fine(Money.euros(1_000_000))), "r", null, CAPS, by("chair"));
        c.notifyDecision(by("chair"));
        c.recordAppeal(DAY, by("chair"));
        c.recordAppealOutcome(AppealOutcome.REDUCED, "Fine reduced", by("chair"));
        assertEquals(AppealOutcome.REDUCED, c.appeal().outcome());
        c.publish(DAY.plusYears(2), by("chair"));
        assertEquals("Acme Santé", c.publication().publishedName());
        assertThrows(SanctionsException.class, () -> c.anonymisePublication(by("system")));
        c.anonymisePublication(on("system", DAY.plusYears(2)));
        assertEquals(SanctionCase.ANONYMISED, c.publication().publishedName());
        assertFalse(c.publication().dueForAnonymisation(DAY.plusYears(3)));
    }

    /** Decided by the chair alone (simplified procedure), every act on {@code day}. */
    private static SanctionCase decidedAlone(Undertaking organisation, LocalDate day) {
        SanctionCase c = new SanctionCase(
                "SAN-2026-000002", organisation, breaches(), null, null, Set.of(), on("president", day));
        c.refer(Reason.of("Simple facts"), on("president", day));
        c.chooseSimplified(Reason.of("Simple facts"), on("chair", day));
        c.appointRapporteur("rachel", Impartiality.none(), on("president", day));
        c.notifyReport(day.plusMonths(1), on("rachel", day));
        c.recordReply(day, day.plusMonths(1), on("clerk", day));
        c.decideAlone(
                List.of(Measure.fine(Money.euros(10_000))),
                "Simple breach",
                null,
                CAPS,
                Impartiality.none(),
                on("chair", day));
        return c;
    }

    @Test
    void theAppealPeriodIsTwoMonthsInFranceFourForAnOrganisationEstablishedAbroad() {
        assertFalse(undertaking().establishedAbroad());
        assertEquals(
                SanctionCase.CONSEIL_ETAT_APPEAL,
                decidedAlone(undertaking(), DAY).appealPolicy());
        assertTrue(undertakingAbroad().establishedAbroad());
        assertEquals(
                SanctionCase.CONSEIL_ETAT_APPEAL_ABROAD,
                decidedAlone(undertakingAbroad(), DAY).appealPolicy());
        assertEquals("732829320", undertakingAbroad().number(), "a French branch's SIREN is kept");
    }

    /**
     * The policy the case chooses, counted by the platform's engine (Reg. 1182/71 Art. 3): from a
     * notification on 31 January, 31 March in France; abroad 31 May 2026, a Sunday, so Monday 1 June.
     */
    @ParameterizedTest(name = "abroad={0}, notified {1}: last day {2}")
    @CsvSource({
        "false, 2026-01-31, 2026-03-31",
        "true, 2026-01-31, 2026-06-01",
        "false, 2026-12-31, 2027-03-01",
        "true, 2026-12-31, 2027-04-30"
    })
    void theAppealIsDueOnTheDayTheChosenPolicyGives(boolean abroad, LocalDate notifiedOn, LocalDate lastDay) {
        SanctionCase c = decidedAlone(abroad ? undertakingAbroad() : undertaking(), notifiedOn.minusDays(40));
        c.notifyDecision(on("chair", notifiedOn));

        assertEquals(notifiedOn, c.decision().notifiedOn());
        assertEquals(
                lastDay,
                PolicyCatalogue.defaults()
                        .policy(c.appealPolicy())
                        .computeDeadline(c.decision().notifiedOn(), List.of(), 0, FrenchPublicHolidays.INSTANCE)
                        .lastDay());
    }

    @Test
    void theDecisionKeepsTheFineCalculationTheCommitteeFollowed() {
        SanctionCase c = deliberating();
        c.vote(true, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("m1"));
        c.vote(true, RECUSALS, by("m2"));
        c.adoptDecision(
                List.of(Measure.fine(Money.euros(500_000))),
                "Serious and lasting breach",
                "1. Art. 83(5)\n2. medium",
                CAPS,
                by("chair"));
        assertEquals("1. Art. 83(5)\n2. medium", c.decision().fineCalculation());
        assertEquals("Serious and lasting breach", c.decision().reasons());
    }

    @Test
    void aDecisionWithoutTheAssistantHasNoCalculation() {
        SanctionCase c = opened();
        c.refer(Reason.of("Small breach"), by("president"));
        c.chooseSimplified(Reason.of("Simple facts"), by("chair"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        c.notifyReport(DAY.plusMonths(1), by("rachel"));
        c.recordReply(DAY, DAY.plusMonths(1), by("chair"));
        c.decideAlone(List.of(Measure.fine(Money.euros(20_000))), "r", "  ", CAPS, Impartiality.none(), by("chair"));
        assertEquals(null, c.decision().fineCalculation());
    }

    @Test
    void anAttachedDocumentIsOnTheTimeline() {
        SanctionCase c = opened();
        c.documentAttached(" observations.pdf ", by("rachel"));
        assertEquals(
                "observations.pdf", c.timeline().get(c.timeline().size() - 1).detail());
        SanctionsException e = assertThrows(SanctionsException.class, () -> c.documentAttached(" ", by("rachel")));
        assertEquals("file", e.field());
    }

    @Test
    void periodicPenaltyAccruesPerDayAfterTheComplianceDate() {
        SanctionCase c = deliberating();
        c.vote(true, RECUSALS, by("chair"));
        c.vote(true, RECUSALS, by("m1"));
        c.vote(true, RECUSALS, by("m2"));
        LocalDate compliance = DAY.plusDays(20);
        c.adoptDecision(
                List.of(Measure.injunction("Hash", compliance, Money.euros(500))), "r", null, CAPS, by("chair"));
        PenaltyAccrual first = c.accruePenalty(compliance.plusDays(10), false, on("chair", compliance.plusDays(30)));
        assertEquals(10, first.days());
        assertEquals(Money.euros(5_000), first.amount());
        PenaltyAccrual second = c.accruePenalty(compliance.plusDays(12), true, on("chair", compliance.plusDays(30)));
        assertEquals(2, second.days());
        assertEquals(Money.euros(6_000), c.penaltyAccrued());
        assertFalse(c.availableActs().contains(CaseAct.RECORD_PENALTY));
    }

    @Test
    void simplifiedProcedureChairAloneLowerCapsNeverPublished() {
        SanctionCase c = opened();
        c.refer(Reason.of("Small breach"), by("president"));
        c.chooseSimplified(Reason.of("Simple facts"), by("chair"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        c.notifyReport(DAY.plusMonths(1), by("rachel"));
        assertEquals(
                "decision.replyPending",
                assertThrows(
                                SanctionsException.class,
                                () -> c.decideAlone(
                                        List.of(Measure.fine(Money.euros(5_000))),
                                        "r",
                                        null,
                                        CAPS,
                                        Impartiality.none(),
                                        by("chair")))
                        .key());
        c.recordReply(DAY, DAY.plusMonths(1), by("chair"));
        assertEquals(
                "fine",
                assertThrows(
                                SanctionsException.class,
                                () -> c.decideAlone(
                                        List.of(Measure.fine(Money.euros(20_001))),
                                        "r",
                                        null,
                                        CAPS,
                                        Impartiality.none(),
                                        by("chair")))
                        .field());
        c.decideAlone(List.of(Measure.fine(Money.euros(20_000))), "r", null, CAPS, Impartiality.none(), by("chair"));
        assertEquals(CaseStatus.DECIDED, c.status());
        assertFalse(c.availableActs().contains(CaseAct.PUBLISH));
        assertEquals(
                "publish.simplified",
                assertThrows(SanctionsException.class, () -> c.publish(DAY.plusYears(2), by("chair")))
                        .key());
    }

    @Test
    void switchingToOrdinaryKeepsEveryAct() {
        SanctionCase c = opened();
        c.refer(Reason.of("r"), by("president"));
        c.chooseSimplified(Reason.of("Simple"), by("chair"));
        c.appointRapporteur("rachel", Impartiality.none(), by("president"));
        int acts = c.timeline().size();
        c.switchToOrdinary(Reason.of("The organisation contests everything"), by("chair"));
        assertEquals(Procedure.ORDINARY, c.procedure());
        assertEquals(CaseStatus.INSTRUCTION, c.status());
        assertEquals("rachel", c.rapporteur());
        assertEquals(acts + 1, c.timeline().size());
    }

    @Test
    void art60ObjectionsUnresolvedFlagForArt65() {
        SanctionCase c = heard();
        assertFalse(c.availableActs().contains(CaseAct.RECORD_OBJECTION));
        c.shareDraftDecision(by("chair"));
        assertFalse(c.crossBorder().revisedDraft());
        c.recordObjection("BfDI", "Fine too low", by("chair"));
        assertTrue(c.availableActs().contains(CaseAct.FLAG_ART65));
        c.shareDraftDecision(by("chair"));
        assertTrue(c.crossBorder().revisedDraft());
        assertFalse(c.unresolvedObjections());
        c.recordObjection("BfDI", "Still too low", by("chair"));
        c.flagForArt65(Reason.of("Objection maintained"), by("chair"));
        assertEquals(DAY, c.crossBorder().art65FlaggedOn());
    }

    @Test
    void fileIndexIsVersionedAndConfidentialDocumentsNeedTheirPublicVersion() {
        SanctionCase c = opened();
        assertEquals(
                "publicVersionId",
                assertThrows(
                                SanctionsException.class,
                                () -> c.addToFile("Report", "doc-1", true, null, "ORGANISATION", DAY, by("rachel")))
                        .field());
        FileEntry e = c.addToFile("Report", "doc-1", true, "doc-1-public", "ORGANISATION", DAY, by("rachel"));
        assertEquals("doc-1-public", e.consultableId());
        c.addToFile("Minutes", "doc-2", false, null, "COMPLAINANT", null, by("rachel"));
        assertEquals(2, c.fileIndexVersion());
        assertEquals(new BigDecimal("1000000000.00"), c.undertaking().turnover().amount());
    }
}
