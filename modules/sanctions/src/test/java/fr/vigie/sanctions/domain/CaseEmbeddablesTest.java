package fr.vigie.sanctions.domain;

import static fr.vigie.sanctions.domain.Fixtures.CAPS;
import static fr.vigie.sanctions.domain.Fixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value objects a sanction case keeps its state in: each step returns the next value, each guard refuses. */
class CaseEmbeddablesTest {
    @Test
    void theInstructionMovesStepByStepAndRefusesALateOrEarlyReply() {
        Instruction none = Instruction.none();
        Instruction appointed = none.appointed("rachel", DAY);
        assertNull(none.rapporteur(), "a step returns a new value");
        assertTrue(appointed.isRapporteur("rachel"));
        assertFalse(appointed.isRapporteur(null));
        Instruction notified = appointed.reportNotified(DAY, DAY.plusMonths(1));
        assertTrue(notified.replyPending(DAY.plusMonths(1)));
        assertFalse(notified.replyPending(DAY.plusMonths(1).plusDays(1)));
        assertEquals(
                "reply.extension.later",
                assertThrows(SanctionsException.class, () -> notified.replyExtendedTo(DAY.plusMonths(1)))
                        .key());
        Instruction extended = notified.replyExtendedTo(DAY.plusMonths(2));
        assertTrue(extended.replyExtended());
        assertEquals(DAY.plusMonths(2), extended.replyDueOn());
        assertEquals(
                "reply.date.invalid",
                assertThrows(SanctionsException.class, () -> extended.replyReceived(DAY.minusDays(1), DAY))
                        .key());
        assertEquals(DAY, extended.replyReceived(DAY, DAY).replyReceivedOn());
        assertTrue(extended.answerDeclined().declined());
        assertEquals(DAY, extended.answered(DAY).answeredOn());
    }

    /**
     * Sunday 13 December 2026: fifteen days back is Saturday 28 November, so the notice must leave
     * on Friday 27 November at the latest (the clock rolls it back). Sent on the Friday the date
     * stands; sent on the Saturday it is refused, and the refusal names the sixteen days it really
     * needs and that Friday, not the fifteen of the policy's text.
     */
    @Test
    void aHearingCountedBackOnAWeekendNeedsItsNoticeByTheWorkingDayBefore() {
        LocalDate sunday = LocalDate.of(2026, 12, 13);
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertTrue(Hearing.scheduled(sunday, friday, friday, false).isScheduled());
        SanctionsException saturday = assertThrows(
                SanctionsException.class, () -> Hearing.scheduled(sunday, friday.plusDays(1), friday, false));
        assertEquals("hearing.notice.tooShort", saturday.key());
        assertEquals("hearingOn", saturday.field());
        assertArrayEquals(new Object[] {16L, sunday, friday}, saturday.args());
    }

    @Test
    void aHearingNeedsItsNoticeAndIsHeldOnItsDayAtTheEarliest() {
        assertEquals(
                "hearing.date.required",
                assertThrows(SanctionsException.class, () -> Hearing.scheduled(null, DAY, DAY, false))
                        .key());
        SanctionsException tooShort = assertThrows(
                SanctionsException.class, () -> Hearing.scheduled(DAY.plusDays(14), DAY, DAY.minusDays(1), false));
        assertEquals("hearingOn", tooShort.field());
        Hearing h = Hearing.scheduled(DAY.plusDays(15), DAY, DAY, true);
        assertTrue(h.isScheduled());
        assertFalse(h.isPublic());
        assertEquals(DAY, h.noticeSentOn());
        assertEquals(
                "minutes",
                assertThrows(SanctionsException.class, () -> h.held("Counsel", " ", DAY))
                        .field());
        Hearing early = h.held(" Counsel ", "Minutes", DAY);
        assertEquals(DAY.plusDays(15), early.heardOn());
        assertEquals("Counsel", early.attendance());
        assertEquals(
                DAY.plusDays(20), h.held("Counsel", "Minutes", DAY.plusDays(20)).heardOn());
        assertFalse(Hearing.none().isScheduled());
    }

    @Test
    void theChairsVoteDecidesATieAndOnlyTheChairAdoptsWithTheQuorum() {
        Deliberation d = Deliberation.openedBy("chair", 3);
        List<Vote> tie = List.of(new Vote("chair", true), new Vote("m1", false));
        assertTrue(d.majorityInFavour(tie));
        assertFalse(d.majorityInFavour(List.of(new Vote("chair", false), new Vote("m1", true))));
        assertFalse(d.majorityInFavour(List.of()));
        assertEquals(
                "decision.chairOnly",
                assertThrows(SanctionsException.class, () -> d.requireAdoptable("m1", tie))
                        .key());
        assertEquals(
                "decision.votesMissing",
                assertThrows(SanctionsException.class, () -> d.requireAdoptable("chair", tie))
                        .key());
        List<Vote> against = List.of(new Vote("chair", false), new Vote("m1", false), new Vote("m2", true));
        assertEquals(
                "decision.noMajority",
                assertThrows(SanctionsException.class, () -> d.requireAdoptable("chair", against))
                        .key());
    }

    @Test
    void aDecisionNeedsMeasuresAndReasonsAndStaysWithinTheCaps() {
        assertEquals(
                "measures",
                assertThrows(SanctionsException.class, () -> Decision.taken(List.of(), "r", null, DAY, "chair"))
                        .field());
        List<Measure> fine = List.of(Measure.fine(Money.euros(1000)));
        assertEquals(
                "decisionReasons",
                assertThrows(SanctionsException.class, () -> Decision.taken(fine, " ", null, DAY, "chair"))
                        .field());
        Decision d = Decision.taken(fine, " Reasons ", "  ", DAY, "chair");
        assertEquals("Reasons", d.reasons());
        assertNull(d.fineCalculation());
        assertFalse(d.isNotified());
        Decision notified = d.withDocument("doc-9").notified(DAY);
        assertTrue(notified.isNotified());
        assertEquals("doc-9", notified.document());
        assertEquals("chair", notified.decidedBy());
        Money turnover = Money.euros(1_000_000);
        SanctionsException over = assertThrows(
                SanctionsException.class,
                () -> Decision.requireWithinCaps(
                        List.of(Measure.fine(Money.euros(15_000)), Measure.fine(Money.euros(10_000))),
                        Procedure.SIMPLIFIED,
                        List.of("RGPD art. 32"),
                        turnover,
                        CAPS));
        assertEquals("fine", over.field(), "the fines add up against the cap");
        Decision.requireWithinCaps(fine, Procedure.SIMPLIFIED, List.of(), turnover, CAPS);
    }

    @Test
    void anAppealIsLodgedAfterTheNotificationAndDecidedWithAnOutcome() {
        assertEquals(
                "appeal.date.invalid",
                assertThrows(SanctionsException.class, () -> Appeal.lodged(DAY.minusDays(1), DAY, DAY))
                        .key());
        assertThrows(SanctionsException.class, () -> Appeal.lodged(DAY.plusDays(1), DAY, DAY));
        Appeal lodged = Appeal.lodged(DAY, DAY, DAY);
        assertTrue(lodged.isLodged());
        assertFalse(lodged.isDecided());
        assertEquals(
                "outcome",
                assertThrows(SanctionsException.class, () -> lodged.decided(null, DAY))
                        .field());
        Appeal decided = lodged.decided(AppealOutcome.REDUCED, DAY.plusMonths(6));
        assertEquals(AppealOutcome.REDUCED, decided.outcome());
        assertEquals(DAY, decided.lodgedOn());
    }

    @Test
    void aPublicationIsAnonymisedOnItsDayAndNotBefore() {
        assertEquals(
                "anonymiseOn",
                assertThrows(SanctionsException.class, () -> Publication.of("Acme", DAY, DAY))
                        .field());
        Publication p = Publication.of("Acme", DAY, DAY.plusYears(2));
        assertTrue(p.isPublished());
        assertFalse(p.dueForAnonymisation(DAY.plusYears(2).minusDays(1)));
        assertEquals(
                "anonymise.notDue",
                assertThrows(SanctionsException.class, () -> p.anonymised(DAY)).key());
        Publication anonymised = p.anonymised(DAY.plusYears(2));
        assertEquals(SanctionCase.ANONYMISED, anonymised.publishedName());
        assertFalse(anonymised.dueForAnonymisation(DAY.plusYears(3)), "once only");
        assertFalse(Publication.none().dueForAnonymisation(DAY));
    }

    @Test
    void theCrossBorderRoundsCountAndTheClocksKeepTheirIds() {
        CrossBorder first = CrossBorder.none().draftShared(DAY);
        assertTrue(first.isShared());
        assertFalse(first.revisedDraft());
        CrossBorder second = first.draftShared(DAY.plusDays(30));
        assertTrue(second.revisedDraft());
        assertEquals(2, second.round());
        assertTrue(second.flaggedForArt65(DAY).isFlaggedForArt65());
        assertFalse(second.isFlaggedForArt65());

        CaseClocks clocks = CaseClocks.none().with(CaseClocks.Kind.REPLY, 1).with(CaseClocks.Kind.ART60, 5);
        assertEquals(1L, clocks.reply());
        assertEquals(5L, clocks.art60());
        assertNull(clocks.answer());
        assertEquals(3L, clocks.with(CaseClocks.Kind.REPLY, 3).reply());
        assertEquals(1L, clocks.reply());
    }
}
