package fr.vigie.sanctions.domain;

import static fr.vigie.sanctions.domain.Fixtures.CAPS;
import static fr.vigie.sanctions.domain.Fixtures.DAY;
import static fr.vigie.sanctions.domain.Fixtures.breaches;
import static fr.vigie.sanctions.domain.Fixtures.by;
import static fr.vigie.sanctions.domain.Fixtures.on;
import static fr.vigie.sanctions.domain.Fixtures.undertaking;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Reason;
import fr.vigie.sanctions.domain.SanctionEvent.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each verb of a sanction case records one event, with what changed; its timeline entry comes from it. */
class SanctionEventsTest {
    private static final Impartiality NONE = Impartiality.none();

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

    /** The one event the verb recorded (the events before it drained). */
    private static <E extends SanctionEvent> E only(SanctionCase c, Class<E> type) {
        List<SanctionEvent> events = c.events().drain();
        assertEquals(1, events.size(), events.toString());
        return assertInstanceOf(type, events.get(0));
    }

    @Test
    void openingRecordsItsOriginAndEachVerbOfTheInstructionItsMove() {
        SanctionCase c = opened();
        SanctionEvent.Opened opened = only(c, SanctionEvent.Opened.class);
        assertEquals("MD-2026-000001", opened.origin());
        assertEquals(c.caseRef(), opened.caseRef());

        c.refer(Reason.of("  Not complied "), by("president"));
        SanctionEvent.Referred referred = only(c, SanctionEvent.Referred.class);
        assertEquals("Not complied", referred.reason());
        assertEquals(
                new Change(CaseStatus.AWAITING_REFERRAL, CaseStatus.REFERRED, Procedure.ORDINARY, Procedure.ORDINARY),
                referred.change());
        assertEquals("president", referred.stamp().actor());

        c.appointRapporteur(" rachel ", NONE, by("president"));
        assertEquals("rachel", only(c, SanctionEvent.RapporteurAppointed.class).rapporteur());

        c.chooseSimplified(Reason.of("Simple facts"), by("chair"));
        SanctionEvent.SimplifiedChosen simplified = only(c, SanctionEvent.SimplifiedChosen.class);
        assertEquals(Procedure.ORDINARY, simplified.change().procedureBefore());
        assertEquals(Procedure.SIMPLIFIED, simplified.change().procedureAfter());

        c.switchToOrdinary(Reason.of("Contested"), by("chair"));
        assertEquals(
                Procedure.ORDINARY,
                only(c, SanctionEvent.SwitchedToOrdinary.class).change().procedureAfter());

        c.notifyReport(DAY.plusMonths(1), by("rachel"));
        assertEquals(
                DAY.plusMonths(1), only(c, SanctionEvent.ReportNotified.class).replyDue());

        c.extendReply(DAY.plusMonths(2), Reason.of("Asked for"), by("chair"));
        SanctionEvent.ReplyExtended extended = only(c, SanctionEvent.ReplyExtended.class);
        assertEquals("Asked for", extended.reason());
        assertEquals(CaseStatus.REPORT_NOTIFIED, extended.change().statusAfter());

        c.recordReply(DAY, DAY.plusMonths(1), by("clerk"));
        assertEquals(DAY, only(c, SanctionEvent.ReplyReceived.class).receivedOn());

        c.answer("Answered", by("rachel"));
        SanctionEvent.Answered answered = only(c, SanctionEvent.Answered.class);
        assertEquals("Answered", answered.summary());
        assertEquals(null, answered.reason(), "the summary is not the audit's reason");
    }

    @Test
    void theHearingTheDeliberationAndTheDecisionRecordTheirEvents() {
        SanctionCase c = readyForHearing();
        c.scheduleHearing(DAY.plusDays(15), DAY, true, by("chair"));
        assertEquals(false, only(c, SanctionEvent.HearingScheduled.class).rescheduled());
        c.scheduleHearing(DAY.plusDays(20), DAY.plusDays(5), true, by("chair"));
        SanctionEvent.HearingScheduled again = only(c, SanctionEvent.HearingScheduled.class);
        assertTrue(again.rescheduled());
        assertEquals("HEARING_RESCHEDULED", again.timelineAct());

        c.holdHearing("Counsel", "Minutes", on("chair", DAY.plusDays(20)));
        assertEquals(false, only(c, SanctionEvent.HearingHeld.class).open());

        c.openDeliberation(Set.of("m1", "m2"), 3, NONE, by("chair"));
        assertEquals(
                Set.of("chair", "m1", "m2"),
                only(c, SanctionEvent.DeliberationOpened.class).present());

        c.vote(true, NONE, by("m1"));
        assertTrue(only(c, SanctionEvent.Voted.class).inFavour());
        c.vote(true, NONE, by("m2"));
        c.vote(false, NONE, by("chair"));
        c.events().drain();

        c.adoptDecision(List.of(Measure.fine(Money.euros(100_000))), "Serious", null, CAPS, by("chair"));
        SanctionEvent.Decided decided = only(c, SanctionEvent.Decided.class);
        assertEquals(List.of(MeasureType.FINE), decided.measures());
        assertEquals("Serious", decided.reason());
        assertEquals(false, decided.alone());
        assertEquals(CaseStatus.DELIBERATING, decided.change().statusBefore());
        assertEquals(CaseStatus.DECIDED, decided.change().statusAfter());

        c.notifyDecision(by("chair"));
        only(c, SanctionEvent.DecisionNotified.class);
        c.recordAppeal(DAY, by("chair"));
        assertEquals(DAY, only(c, SanctionEvent.AppealLodged.class).lodgedOn());
        c.recordAppealOutcome(AppealOutcome.CONFIRMED, "Upheld", by("chair"));
        SanctionEvent.AppealDecided appeal = only(c, SanctionEvent.AppealDecided.class);
        assertEquals("Upheld", appeal.reason());
        assertEquals("CONFIRMED — Upheld", appeal.timelineDetail());

        c.publish(DAY.plusYears(2), by("chair"));
        assertEquals(DAY.plusYears(2), only(c, SanctionEvent.Published.class).anonymiseOn());
        c.anonymisePublication(on("system", DAY.plusYears(2)));
        only(c, SanctionEvent.PublicationAnonymised.class);
    }

    @Test
    void aRefusedVerbRecordsNothing() {
        SanctionCase c = opened();
        c.events().drain();
        assertThrows(SanctionsException.class, () -> c.notifyDecision(by("chair")));
        assertThrows(SanctionsException.class, () -> c.appointRapporteur("rachel", NONE, by("president")));
        assertEquals(List.of(), c.events().pending());
    }

    @Test
    void theFileTheCrossBorderActsAndThePenaltyRecordTheirEvents() {
        SanctionCase c = readyForHearing();
        c.addToFile("Report", "doc-1", false, null, "ORGANISATION", DAY, by("rachel"));
        SanctionEvent.FileIndexUpdated file = only(c, SanctionEvent.FileIndexUpdated.class);
        assertEquals(1, file.indexVersion());
        assertEquals("v1 Report", file.timelineDetail());
        c.documentAttached(" reply.pdf ", by("rachel"));
        assertEquals(
                " reply.pdf ", only(c, SanctionEvent.DocumentAttached.class).reason());

        c.shareDraftDecision(by("chair"));
        assertEquals(1, only(c, SanctionEvent.DraftShared.class).round());
        c.recordObjection("BfDI", "Fine too low", by("chair"));
        SanctionEvent.ObjectionRecorded objection = only(c, SanctionEvent.ObjectionRecorded.class);
        assertEquals("BfDI", objection.authority());
        assertEquals("Fine too low", objection.reason());
        c.flagForArt65(Reason.of("Objection maintained"), by("chair"));
        assertEquals(
                "Objection maintained",
                only(c, SanctionEvent.FlaggedForArt65.class).reason());
    }

    @Test
    void aPenaltyAccrualRecordsTheAccrual() {
        SanctionCase c = readyForHearing();
        c.chooseSimplified(Reason.of("Simple"), by("chair"));
        c.events().drain();
        LocalDate compliance = DAY.plusDays(5);
        c.decideAlone(
                List.of(Measure.injunction("Hash", compliance, Money.euros(50))), "r", null, CAPS, NONE, by("chair"));
        SanctionEvent.Decided alone = only(c, SanctionEvent.Decided.class);
        assertTrue(alone.alone());
        assertEquals(Procedure.SIMPLIFIED, alone.change().procedureAfter());
        c.accruePenalty(compliance.plusDays(3), false, on("chair", compliance.plusDays(10)));
        SanctionEvent.PenaltyAccrued accrued = only(c, SanctionEvent.PenaltyAccrued.class);
        assertEquals(3, accrued.accrual().days());
        assertEquals("3 × " + Money.euros(50), accrued.timelineDetail());
    }

    @Test
    void theTimelineIsWrittenFromTheEvents() {
        SanctionCase c = readyForHearing();
        List<String> acts = c.timeline().stream().map(TimelineEntry::act).toList();
        assertEquals(List.of("OPENED", "REFERRED", "RAPPORTEUR_APPOINTED", "REPORT_NOTIFIED", "ANSWER_DECLINED"), acts);
    }

    private SanctionCase readyForHearing() {
        SanctionCase c = opened();
        c.refer(Reason.of("Not complied"), by("president"));
        c.appointRapporteur("rachel", NONE, by("president"));
        c.notifyReport(DAY.plusMonths(1), by("rachel"));
        c.declineAnswer(by("rachel"));
        c.events().drain();
        return c;
    }
}
