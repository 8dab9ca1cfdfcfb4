package fr.vigie.platform.clock.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.ClockOutcome;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.domain.ExtensionRule;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import fr.vigie.platform.clock.domain.PublicHoliday;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The tracked clock aggregate: each act recomputes the stored due date and status and records its event. */
class TrackedClockTest {
    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.defaults();
    private static final HolidayCalendar FRANCE = AdjustedHolidayCalendar.frenchDefaults();
    /**
     * A decision period of 3 months that can be suspended and extended once by 3 months, to test
     * the aggregate's acts (the catalogue's EHDS decision is no longer suspendable).
     */
    private static final LegalPolicy PERMIT = LegalPolicy.builder("SUSPENDABLE_DECISION")
            .title("Decide (suspendable)")
            .legalSource("Test policy")
            .period(Period.months(3))
            .startsWhen("Complete application")
            .stopsWhen("Decision")
            .suspendable(true)
            .extensionRule(ExtensionRule.upTo(1, Period.months(3)))
            .module("dossiers")
            .build();

    private static final CaseRef CASE = new CaseRef("dossiers", "D-2026-1");

    private static Moment on(LocalDate day) {
        return new Moment(day, Instant.parse("2026-03-01T10:00:00Z"), "instructor");
    }

    private static TrackedClock permitClock(LocalDate start, LocalDate today) {
        return TrackedClock.start(CASE, PERMIT, start, "instructor", on(today), FRANCE);
    }

    @Test
    void startComputesTheDueDateAndRecordsTheStart() {
        // 2 March 2026 + 3 months = Tuesday 2 June 2026
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertEquals(LocalDate.of(2026, 6, 2), clock.dueDate());
        assertEquals(ClockStatus.RUNNING, clock.status());
        assertEquals("dossiers", clock.module());
        assertEquals("dossiers:D-2026-1", clock.caseRef());
        assertEquals(ClockEventType.STARTED, clock.lastEvent().type());
        assertEquals(LocalDate.of(2026, 6, 2), clock.lastEvent().dueDateAfter());
        assertTrue(clock.atRiskFrom().isBefore(clock.dueDate()));
    }

    @Test
    void aClockStartedLongAgoIsBreachedAtOnce() {
        TrackedClock clock = permitClock(LocalDate.of(2025, 1, 2), LocalDate.of(2026, 3, 2));
        assertEquals(ClockStatus.BREACHED, clock.status());
    }

    @Test
    void suspensionThenResumptionMovesTheDueDateByTheSuspendedDays() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        clock.suspend(
                PERMIT, LocalDate.of(2026, 3, 10), "waiting for documents", on(LocalDate.of(2026, 3, 10)), FRANCE);
        assertEquals(ClockStatus.SUSPENDED, clock.status());
        assertTrue(clock.isSuspended());

        clock.resume(PERMIT, LocalDate.of(2026, 3, 20), "documents received", on(LocalDate.of(2026, 3, 20)), FRANCE);
        assertFalse(clock.isSuspended());
        // 2 June + 10 suspended days = Friday 12 June 2026
        assertEquals(LocalDate.of(2026, 6, 12), clock.dueDate());
        assertEquals(ClockEventType.RESUMED, clock.lastEvent().type());
        assertEquals("documents received", clock.lastEvent().reason());
    }

    @Test
    void anOpenSuspensionMovesTheDueDateEveryDayUntilRecomputed() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        clock.suspend(PERMIT, LocalDate.of(2026, 3, 10), "waiting", on(LocalDate.of(2026, 3, 10)), FRANCE);
        LocalDate first = clock.dueDate();
        assertTrue(clock.recompute(PERMIT, "job", on(LocalDate.of(2026, 3, 15)), FRANCE));
        assertEquals(ClockEventType.RECOMPUTED, clock.lastEvent().type());
        assertTrue(clock.dueDate().isAfter(first));
        assertFalse(clock.recompute(PERMIT, "job", on(LocalDate.of(2026, 3, 15)), FRANCE), "idempotent");
    }

    @Test
    void overlappingOrFutureSuspensionsAreRefused() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
        clock.suspend(PERMIT, LocalDate.of(2026, 3, 10), "first", on(LocalDate.of(2026, 3, 20)), FRANCE);
        clock.resume(PERMIT, LocalDate.of(2026, 3, 15), "back", on(LocalDate.of(2026, 3, 20)), FRANCE);
        // a suspension overlapping the first one would be dated before the resumption already recorded
        assertEquals(
                "clock.act.beforeLastEvent",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.suspend(
                                        PERMIT,
                                        LocalDate.of(2026, 3, 12),
                                        "overlap",
                                        on(LocalDate.of(2026, 3, 20)),
                                        FRANCE))
                        .messageKey());
        assertEquals(
                "clock.suspension.future",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.suspend(
                                        PERMIT,
                                        LocalDate.of(2026, 3, 21),
                                        "future",
                                        on(LocalDate.of(2026, 3, 20)),
                                        FRANCE))
                        .messageKey());
        assertEquals(3, clock.events().size(), "a refused act records nothing");
    }

    @Test
    void extensionsFollowThePolicyRule() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        clock.extend(PERMIT, Period.months(3), "complex", on(LocalDate.of(2026, 3, 5)), FRANCE);
        // 2 March + 6 months = Wednesday 2 September 2026
        assertEquals(LocalDate.of(2026, 9, 2), clock.dueDate());
        assertEquals(1, clock.extensionCount());
        assertEquals(3, clock.lastEvent().amount());
        assertEquals("months", clock.lastEvent().unit());
        assertEquals(
                "clock.extension.tooMany",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.extend(
                                        PERMIT, Period.months(1), "again", on(LocalDate.of(2026, 3, 6)), FRANCE))
                        .messageKey());
    }

    @Test
    void aPolicyThatCannotBeSuspendedRefusesSuspensions() {
        LegalPolicy appeal = CATALOGUE.policy("CONSEIL_ETAT_APPEAL");
        TrackedClock clock = TrackedClock.start(
                CASE, appeal, LocalDate.of(2026, 3, 2), "president", on(LocalDate.of(2026, 3, 2)), FRANCE);
        assertEquals(
                "clock.suspension.notAllowed",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.suspend(
                                        appeal, LocalDate.of(2026, 3, 2), "x", on(LocalDate.of(2026, 3, 2)), FRANCE))
                        .messageKey());
    }

    @Test
    void anOpenClockIsHandedToTheNewOwnerWithItsDatesUnchanged() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        LocalDate due = clock.dueDate();
        assertTrue(clock.reassignTo("instructor2", "case reassigned", on(LocalDate.of(2026, 3, 10))));
        assertEquals("instructor2", clock.owner());
        assertEquals(due, clock.dueDate());
        assertEquals(ClockEventType.REASSIGNED, clock.lastEvent().type());
        assertEquals(
                "instructor \u2192 instructor2: case reassigned",
                clock.lastEvent().reason());
        assertEquals(LocalDate.of(2026, 3, 10), clock.lastEvent().eventDate());
        assertFalse(clock.reassignTo("instructor2", "again", on(LocalDate.of(2026, 3, 11))), "already the owner");
        assertEquals(2, clock.events().size());
        assertEquals(
                due,
                clock.facts(PERMIT)
                        .evaluateOn(LocalDate.of(2026, 3, 11), FRANCE)
                        .dueDate(),
                "the hand-over is not a fact of the deadline");
    }

    @Test
    void anEndedClockKeepsItsOwner() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        clock.end(
                PERMIT,
                ClockOutcome.STOPPED,
                LocalDate.of(2026, 3, 5),
                "withdrawn",
                on(LocalDate.of(2026, 3, 5)),
                FRANCE);
        assertEquals(
                "clock.ended",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.reassignTo("instructor2", "case reassigned", on(LocalDate.of(2026, 3, 6))))
                        .messageKey());
        assertEquals("instructor", clock.owner());
    }

    @Test
    void metOrStoppedClocksKeepTheirStatusAndRefuseFurtherActs() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        clock.end(
                PERMIT,
                ClockOutcome.MET,
                LocalDate.of(2026, 4, 1),
                "permit issued",
                on(LocalDate.of(2026, 4, 1)),
                FRANCE);
        assertEquals(ClockStatus.MET, clock.status());
        assertEquals(LocalDate.of(2026, 4, 1), clock.endedOn());
        assertFalse(
                clock.recompute(PERMIT, "job", on(LocalDate.of(2026, 12, 1)), FRANCE), "an ended clock never changes");
        assertEquals(
                "clock.ended",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.extend(
                                        PERMIT, Period.months(1), "late", on(LocalDate.of(2026, 4, 2)), FRANCE))
                        .messageKey());
    }

    @Test
    void aCalendarChangeIsPickedUpByRecomputation() {
        LegalPolicy acknowledgement = CATALOGUE.policy("COMPLAINT_ACKNOWLEDGEMENT");
        // 5 working days after Monday 2 March 2026: Monday 9 March.
        TrackedClock clock = TrackedClock.start(
                CASE, acknowledgement, LocalDate.of(2026, 3, 2), "handler", on(LocalDate.of(2026, 3, 2)), FRANCE);
        assertEquals(LocalDate.of(2026, 3, 9), clock.dueDate());
        HolidayCalendar bridge = AdjustedHolidayCalendar.frenchDefaults()
                .withHolidayAdded(new PublicHoliday(LocalDate.of(2026, 3, 4), "Pont"));
        assertTrue(clock.recompute(acknowledgement, "calendar changed", on(LocalDate.of(2026, 3, 3)), bridge));
        assertEquals(LocalDate.of(2026, 3, 10), clock.dueDate());
    }

    @Test
    void factsRefuseAnotherPolicyVersion() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        LegalPolicy revised = PERMIT.revise(Period.months(4));
        assertThrows(IllegalArgumentException.class, () -> clock.facts(revised));
    }

    @Test
    void aPeriodChosenForTheCaseIsKeptOnTheClockRecordedAtItsStartAndUsedByEveryRecomputation() {
        LegalPolicy formalNotice = CATALOGUE.policy("FORMAL_NOTICE_COMPLIANCE");
        CaseRef sanction = new CaseRef("sanctions", "S-2026-1");
        TrackedClock clock = TrackedClock.start(
                sanction,
                formalNotice,
                Period.days(20),
                LocalDate.of(2026, 3, 2),
                "rapporteur",
                on(LocalDate.of(2026, 3, 2)),
                FRANCE);
        // 2 March + 20 days = Sunday 22 March, rolled forward to Monday 23 March (not 3 months)
        assertEquals(LocalDate.of(2026, 3, 23), clock.dueDate());
        assertEquals(Period.days(20), clock.chosenPeriod());
        assertEquals(ClockEventType.STARTED, clock.lastEvent().type());
        assertEquals(20, clock.lastEvent().amount());
        assertEquals("days", clock.lastEvent().unit());
        assertEquals(Period.days(20), clock.facts(formalNotice).period());

        assertTrue(clock.recompute(formalNotice, "job", on(LocalDate.of(2026, 3, 24)), FRANCE));
        assertEquals(ClockStatus.BREACHED, clock.status());
        assertEquals(LocalDate.of(2026, 3, 23), clock.dueDate(), "the recomputation counts from the chosen period");
        clock.extend(formalNotice, Period.days(10), "asked in time", on(LocalDate.of(2026, 3, 24)), FRANCE);
        // the chosen 20 days plus 10 days from 2 March = Wednesday 1 April 2026
        assertEquals(LocalDate.of(2026, 4, 1), clock.dueDate());
    }

    @Test
    void aChosenPeriodOutsideTheBoundsIsRefusedAndAPolicyOwnPeriodRecordsNoAmount() {
        LegalPolicy formalNotice = CATALOGUE.policy("FORMAL_NOTICE_COMPLIANCE");
        CaseRef sanction = new CaseRef("sanctions", "S-2026-2");
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> TrackedClock.start(
                        sanction,
                        formalNotice,
                        Period.days(9),
                        LocalDate.of(2026, 3, 2),
                        "rapporteur",
                        on(LocalDate.of(2026, 3, 2)),
                        FRANCE));
        assertEquals("clock.policy.belowMinimum", refused.messageKey());
        TrackedClock usual = TrackedClock.start(
                sanction, formalNotice, LocalDate.of(2026, 3, 2), "rapporteur", on(LocalDate.of(2026, 3, 2)), FRANCE);
        assertEquals(null, usual.chosenPeriod());
        assertEquals(null, usual.lastEvent().amount());
    }

    @Test
    void anActDatedBeforeTheLastRecordedEventIsRefused() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        clock.suspend(PERMIT, LocalDate.of(2026, 3, 10), "waiting", on(LocalDate.of(2026, 3, 10)), FRANCE);
        ClockRuleException resumeBefore = assertThrows(
                ClockRuleException.class,
                () -> clock.resume(PERMIT, LocalDate.of(2026, 3, 9), "back", on(LocalDate.of(2026, 3, 20)), FRANCE));
        assertEquals("clock.act.beforeLastEvent", resumeBefore.messageKey());
        clock.resume(PERMIT, LocalDate.of(2026, 3, 12), "back", on(LocalDate.of(2026, 3, 20)), FRANCE);
        assertEquals(
                "clock.act.beforeLastEvent",
                assertThrows(
                                ClockRuleException.class,
                                () -> clock.end(
                                        PERMIT,
                                        ClockOutcome.MET,
                                        LocalDate.of(2026, 3, 11),
                                        "decided",
                                        on(LocalDate.of(2026, 3, 20)),
                                        FRANCE))
                        .messageKey());
        assertEquals(3, clock.events().size(), "a refused act records nothing");
        clock.end(
                PERMIT, ClockOutcome.MET, LocalDate.of(2026, 3, 12), "decided", on(LocalDate.of(2026, 3, 20)), FRANCE);
        assertEquals(ClockStatus.MET, clock.status());
    }

    @Test
    void aBackdatedSuspensionCannotTurnABreachBackIntoASuspension() {
        // due 2 June 2026; on 10 June it is breached
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertTrue(clock.recompute(PERMIT, "job", on(LocalDate.of(2026, 6, 10)), FRANCE));
        assertEquals(ClockStatus.BREACHED, clock.status());
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> clock.suspend(
                        PERMIT,
                        LocalDate.of(2026, 5, 20),
                        "documents asked for on 20 May",
                        on(LocalDate.of(2026, 6, 10)),
                        FRANCE));
        assertEquals("clock.breach.kept", refused.messageKey());
        assertEquals(ClockStatus.BREACHED, clock.status());
        // a suspension after the expiry changes nothing to the breach, and is recorded as such
        clock.suspend(PERMIT, LocalDate.of(2026, 6, 5), "late", on(LocalDate.of(2026, 6, 10)), FRANCE);
        assertEquals(ClockStatus.BREACHED, clock.status());
    }

    @Test
    void anAdministratorsCorrectionMovesTheStartIsRecordedAndNeverUndoesABreach() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));
        clock.correctStartEvent(
                PERMIT,
                LocalDate.of(2026, 3, 3),
                "typed 2 March instead of 3 March",
                on(LocalDate.of(2026, 3, 5)),
                FRANCE);
        assertEquals(LocalDate.of(2026, 3, 3), clock.startEvent());
        // 3 March + 3 months = Wednesday 3 June 2026
        assertEquals(LocalDate.of(2026, 6, 3), clock.dueDate());
        assertEquals(ClockEventType.CORRECTED, clock.lastEvent().type());
        assertEquals(LocalDate.of(2026, 3, 3), clock.lastEvent().eventDate());

        TrackedClock breached = permitClock(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 10));
        assertEquals(ClockStatus.BREACHED, breached.status());
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> breached.correctStartEvent(
                        PERMIT, LocalDate.of(2026, 2, 5), "moved", on(LocalDate.of(2026, 4, 10)), FRANCE));
        assertEquals("clock.breach.kept", refused.messageKey());
        assertEquals(LocalDate.of(2026, 1, 5), breached.startEvent());
        // a correction that keeps the breach is allowed
        breached.correctStartEvent(
                PERMIT, LocalDate.of(2026, 1, 2), "earlier in fact", on(LocalDate.of(2026, 4, 10)), FRANCE);
        assertEquals(ClockStatus.BREACHED, breached.status());

        TrackedClock suspended = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        suspended.suspend(PERMIT, LocalDate.of(2026, 3, 10), "waiting", on(LocalDate.of(2026, 3, 10)), FRANCE);
        assertEquals(
                "clock.correction.afterActs",
                assertThrows(
                                ClockRuleException.class,
                                () -> suspended.correctStartEvent(
                                        PERMIT, LocalDate.of(2026, 3, 11), "x", on(LocalDate.of(2026, 3, 12)), FRANCE))
                        .messageKey());
    }

    // ------------------------------------------------------------------ a breach is met only late
    // The clock below starts on 2 March 2026: its last day is Tuesday 2 June 2026, breached from 3 June.

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 2);

    private static void meet(TrackedClock clock, LocalDate on, LocalDate recordedOn) {
        clock.end(PERMIT, ClockOutcome.MET, on, "decided", on(recordedOn), FRANCE);
    }

    @Test
    void aMeetOnTheLastDayRecordedThatDayKeepsTheDeadline() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertEquals(LAST_DAY, clock.dueDate());
        meet(clock, LAST_DAY, LAST_DAY);
        assertEquals(ClockStatus.MET, clock.status());
        assertEquals(LAST_DAY, clock.endedOn());
        assertEquals(LAST_DAY, clock.dueDate(), "met on its last day: in time");
    }

    @Test
    void aMeetDatedOnTheLastDayButRecordedAfterTheBreachIsRefusedAndTheBreachKept() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        LocalDate firstLateDay = LAST_DAY.plusDays(1);
        assertTrue(clock.recompute(PERMIT, "job", on(firstLateDay), FRANCE));
        assertEquals(ClockStatus.BREACHED, clock.status());
        int recorded = clock.events().size();

        ClockRuleException refused = assertThrows(ClockRuleException.class, () -> meet(clock, LAST_DAY, firstLateDay));
        assertEquals("clock.breach.metOnlyLate", refused.messageKey());
        assertEquals(java.util.List.of("2026-06-02", "2026-06-02", "2026-06-03"), refused.arguments());
        assertEquals(
                "clock.breach.metOnlyLate",
                assertThrows(
                                ClockRuleException.class,
                                () -> meet(clock, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 15)))
                        .messageKey(),
                "nor any earlier day");
        assertEquals(ClockStatus.BREACHED, clock.status());
        assertEquals(ClockOutcome.PENDING, clock.outcome());
        assertEquals(recorded, clock.events().size(), "a refused act records nothing");
    }

    @Test
    void theRuleReadsTheFactsNotAStoredStatusThatLagsBehindTheDay() {
        // no status job ran since the start: the stored status still says running
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertEquals(ClockStatus.RUNNING, clock.status());
        assertEquals(
                "clock.breach.metOnlyLate",
                assertThrows(ClockRuleException.class, () -> meet(clock, LAST_DAY, LAST_DAY.plusDays(1)))
                        .messageKey());
    }

    @Test
    void aMeetDatedAfterTheLastDayIsMetLateWhichReportsCountAsABreach() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertTrue(clock.recompute(PERMIT, "job", on(LocalDate.of(2026, 6, 10)), FRANCE));
        LocalDate firstLateDay = LAST_DAY.plusDays(1);
        meet(clock, firstLateDay, LocalDate.of(2026, 6, 10));
        assertEquals(ClockStatus.MET, clock.status());
        assertEquals(ClockOutcome.MET, clock.outcome());
        assertEquals(LAST_DAY, clock.dueDate());
        assertEquals(firstLateDay, clock.endedOn());
        assertTrue(clock.endedOn().isAfter(clock.dueDate()), "met late: ended after its last day");
        assertEquals(ClockEventType.MET, clock.lastEvent().type());
    }

    @Test
    void aBreachedClockMayBeStoppedTheActNoLongerBeingNeeded() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertTrue(clock.recompute(PERMIT, "job", on(LocalDate.of(2026, 6, 10)), FRANCE));
        clock.end(PERMIT, ClockOutcome.STOPPED, LAST_DAY, "withdrawn", on(LocalDate.of(2026, 6, 10)), FRANCE);
        assertEquals(ClockStatus.STOPPED, clock.status());
        assertEquals(ClockOutcome.STOPPED, clock.outcome());
        assertEquals(
                ClockStatus.BREACHED,
                clock.events().get(clock.events().size() - 2).statusAfter(),
                "the breach stays in the history");
    }

    @Test
    void aBreachForcedByACorrectionIsOnRecordToo() {
        TrackedClock clock = permitClock(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5));
        // the start was in fact 3 December 2025: the period ended on Tuesday 3 March 2026
        clock.correctStartEvent(
                PERMIT, LocalDate.of(2025, 12, 3), "done earlier than recorded", on(LocalDate.of(2026, 3, 5)), FRANCE);
        assertEquals(LocalDate.of(2026, 3, 3), clock.dueDate());
        assertEquals(ClockStatus.BREACHED, clock.status());
        assertEquals(
                "clock.breach.metOnlyLate",
                assertThrows(
                                ClockRuleException.class,
                                () -> meet(clock, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5)))
                        .messageKey());
    }

    @Test
    void aClockEnteredAfterItsLastDayIsMetOnTheDayTheActWasDoneInTheSameSittingOnly() {
        // opened on 10 April 2026 for a start on 5 January: its last day, 7 April, had passed
        TrackedClock entered = permitClock(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 10));
        assertEquals(ClockStatus.BREACHED, entered.status());
        meet(entered, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 10));
        assertEquals(ClockStatus.MET, entered.status());
        assertEquals(LocalDate.of(2026, 3, 20), entered.endedOn());

        TrackedClock seenBreached = permitClock(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 10));
        assertEquals(
                "clock.breach.metOnlyLate",
                assertThrows(
                                ClockRuleException.class,
                                () -> meet(seenBreached, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 11)))
                        .messageKey(),
                "the next day, its breach has been announced and is kept");
    }

    @Test
    void aPartysExpiredPeriodIsNoBreachTheirActDoneInTimeIsMetInTime() {
        LegalPolicy answer = CATALOGUE.policy("COMPLAINT_INSTRUCTION_REQUEST_ANSWER");
        CaseRef complaint = new CaseRef("complaints", "P-2026-1");
        // 2 March 2026 + 1 month = Thursday 2 April 2026
        TrackedClock clock = TrackedClock.start(
                complaint, answer, LocalDate.of(2026, 3, 2), "handler", on(LocalDate.of(2026, 3, 2)), FRANCE);
        assertTrue(clock.recompute(answer, "job", on(LocalDate.of(2026, 4, 7)), FRANCE));
        assertEquals(ClockStatus.EXPIRED, clock.status());
        clock.end(
                answer,
                ClockOutcome.MET,
                LocalDate.of(2026, 4, 2),
                "answer received by post on 2 April",
                on(LocalDate.of(2026, 4, 7)),
                FRANCE);
        assertEquals(ClockStatus.MET, clock.status());
        assertEquals(LocalDate.of(2026, 4, 2), clock.endedOn());
        assertEquals(LocalDate.of(2026, 4, 2), clock.dueDate());
    }
}
