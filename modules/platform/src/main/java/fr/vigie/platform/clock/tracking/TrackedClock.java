package fr.vigie.platform.clock.tracking;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.clock.domain.ClockEvaluation;
import fr.vigie.platform.clock.domain.ClockFacts;
import fr.vigie.platform.clock.domain.ClockOutcome;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.domain.Suspensions;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A legal clock on a case. Its history ({@link ClockEvent}s) is the truth; the due date,
 * at-risk day and status are derived from it with the engine ({@link ClockFacts#evaluateOn})
 * and stored for reports, after every act and every recomputation.
 *
 * <p>The business verbs take the policy at the clock's own version and the calendar in force:
 * the aggregate does not look them up, so that it stays testable with plain JUnit and never
 * silently picks a newer policy version.
 */
@Entity
@Table(schema = "platform", name = "clock")
@NamedQuery(
        name = "TrackedClock.ofCase",
        query = "SELECT c FROM TrackedClock c WHERE c.caseRef = :caseRef ORDER BY c.id")
public class TrackedClock {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_ref", nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String module;

    @Column(name = "policy_code", nullable = false, updatable = false)
    private String policyCode;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Column(nullable = false)
    private String owner;
    /** Changed only by an administrator's correction ({@link #correctStartEvent}). */
    @Column(name = "start_event", nullable = false)
    private LocalDate startEvent;
    /** The period chosen for the case (with {@link #periodUnit}); null when the policy's own applies. */
    @Column(name = "period_amount", updatable = false)
    private Integer periodAmount;

    @Column(name = "period_unit", updatable = false)
    private String periodUnit;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "at_risk_from", nullable = false)
    private LocalDate atRiskFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClockStatus status;

    @Column(nullable = false)
    private boolean suspended;
    /** From the policy version: false when expiry is not the authority's breach (see {@link ClockStatus#EXPIRED}). */
    @Column(name = "binds_authority", nullable = false, updatable = false)
    private boolean bindsAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClockOutcome outcome;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "extension_count", nullable = false)
    private int extensionCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "clock", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ClockEvent> events = new ArrayList<>();

    protected TrackedClock() {
        // for JPA
    }

    private TrackedClock(
            CaseRef caseRef, LegalPolicy policy, LocalDate startEvent, String owner, LocalDate today, Instant now) {
        this.caseRef = caseRef.toString();
        this.module = caseRef.module();
        this.policyCode = policy.code();
        this.policyVersion = policy.version();
        this.bindsAuthority = policy.expiryEffect().bindsAuthority();
        this.owner = Objects.requireNonNull(owner, "owner");
        this.startEvent = startEvent;
        this.openedOn = today;
        this.outcome = ClockOutcome.PENDING;
        this.createdAt = now;
    }

    /** A new clock under {@code policy} (its current version), evaluated on {@code today}. */
    public static TrackedClock start(
            CaseRef caseRef,
            LegalPolicy policy,
            LocalDate startEvent,
            String owner,
            Moment moment,
            HolidayCalendar calendar) {
        return start(caseRef, policy, null, startEvent, owner, moment, calendar);
    }

    /**
     * A new clock under {@code policy} for a period chosen for the case ({@code chosen}, within
     * the policy's bounds; null for the policy's own period). The chosen period is kept on the
     * clock, so that every recomputation counts from it, and on its {@code STARTED} event.
     */
    public static TrackedClock start(
            CaseRef caseRef,
            LegalPolicy policy,
            Period chosen,
            LocalDate startEvent,
            String owner,
            Moment moment,
            HolidayCalendar calendar) {
        if (startEvent == null) {
            throw new ClockRuleException(
                    "clock.input.missingDate", "The %s is missing: a date is required", "start event date");
        }
        TrackedClock clock = new TrackedClock(caseRef, policy, startEvent, owner, moment.today(), moment.now());
        ClockFacts facts = chosen == null
                ? ClockFacts.started(policy, startEvent, moment.today())
                : ClockFacts.startedFor(policy, chosen, startEvent, moment.today(), calendar);
        if (chosen != null) {
            clock.periodAmount = chosen.amount();
            clock.periodUnit = chosen.unit().spelling();
        }
        clock.apply(
                facts.evaluateOn(moment.today(), calendar),
                moment,
                ClockEventType.STARTED,
                startEvent,
                null,
                clock.periodAmount,
                clock.periodUnit);
        return clock;
    }

    /** Suspends the clock from {@code from} (first suspended day). */
    public void suspend(LegalPolicy policy, LocalDate from, String reason, Moment moment, HolidayCalendar calendar) {
        requireNotInFuture(from, moment, "clock.suspension.future");
        requireNotBeforeLastEvent(from);
        ClockFacts before = facts(policy);
        ClockEvaluation evaluation = before.suspendedFrom(from).evaluateOn(moment.today(), calendar);
        requireBreachKept(before, evaluation, moment, calendar);
        apply(evaluation, moment, ClockEventType.SUSPENDED, from, reason, null, null);
    }

    /** Ends the open suspension; the clock runs again from {@code on}. */
    public void resume(LegalPolicy policy, LocalDate on, String reason, Moment moment, HolidayCalendar calendar) {
        requireNotInFuture(on, moment, "clock.resumption.future");
        requireNotBeforeLastEvent(on);
        ClockFacts before = facts(policy);
        ClockEvaluation evaluation = before.resumedOn(on).evaluateOn(moment.today(), calendar);
        requireBreachKept(before, evaluation, moment, calendar);
        apply(evaluation, moment, ClockEventType.RESUMED, on, reason, null, null);
    }

    /** Extends the period by {@code extension}, within the policy's rule. */
    public void extend(LegalPolicy policy, Period extension, String reason, Moment moment, HolidayCalendar calendar) {
        ClockFacts facts = facts(policy).extendedBy(extension);
        extensionCount = facts.extensions().size();
        apply(
                facts.evaluateOn(moment.today(), calendar),
                moment,
                ClockEventType.EXTENDED,
                moment.today(),
                reason,
                extension.amount(),
                extension.unit().spelling());
    }

    /**
     * Ends the clock on {@code on}: met (the expected act happened) or stopped (no longer needed).
     *
     * <p>A breach on record is kept. An ended clock's status is its ending, whatever the dates
     * ({@link ClockStatus#derive}), and what reports read of a met clock is the day it was met
     * against its last day ({@code ended_on} after {@code due_date}: met late). A meet dated on or
     * before the last day of a clock that is already breached would therefore turn the breach into
     * a deadline kept: it is refused ({@link #requireBreachMetOnlyLate}); the act is recorded as
     * done late, after the last day, and the clock reads as met late.
     *
     * <p>A stop is allowed on a breached clock, at any day the other rules allow: it records that
     * the act is no longer needed (the case withdrawn or closed, the permit's term reached) and
     * turns nothing into a deadline kept, since reports count a stopped clock neither as kept nor as
     * met late. The breach stays in the clock's history (its status changes and the notice already
     * sent). Refusing the stop would leave the clock of a withdrawn case open and breached for ever,
     * and would refuse the case's own act.
     *
     * <p>An {@link ClockStatus#EXPIRED} period is no breach of the authority (a party's reply, a
     * term): a party's act done in time and recorded later is met on the day it was done.
     */
    public void end(
            LegalPolicy policy,
            ClockOutcome ending,
            LocalDate on,
            String reason,
            Moment moment,
            HolidayCalendar calendar) {
        requireNotInFuture(on, moment, "clock.end.future");
        if (on.isBefore(startEvent) && !startEvent.isAfter(openedOn)) {
            throw new ClockRuleException(
                    "clock.end.beforeStart", "A clock cannot end on %s, before its start on %s", on, startEvent);
        }
        requireNotBeforeLastEvent(on);
        ClockFacts pending = facts(policy);
        if (ending == ClockOutcome.MET) {
            requireBreachMetOnlyLate(pending, on, moment, calendar);
        }
        ClockEvaluation asOfEnd = pending.evaluateOn(on, calendar);
        ClockFacts ended = pending.endedAs(ending);
        this.outcome = ending;
        this.endedOn = on;
        ClockEvaluation evaluation = new ClockEvaluation(
                asOfEnd.dueDate(),
                asOfEnd.atRiskFrom(),
                ended.evaluateOn(on, calendar).status(),
                false,
                asOfEnd.suspendedDays());
        apply(
                evaluation,
                moment,
                ending == ClockOutcome.MET ? ClockEventType.MET : ClockEventType.STOPPED,
                on,
                reason,
                null,
                null);
    }

    /**
     * Re-evaluates the clock (calendar changed, time passed). Records a {@code RECOMPUTED} event
     * only if the due date or the status changed.
     *
     * @return true if something changed
     */
    public boolean recompute(LegalPolicy policy, String reason, Moment moment, HolidayCalendar calendar) {
        if (outcome != ClockOutcome.PENDING) {
            return false;
        }
        ClockEvaluation evaluation = facts(policy).evaluateOn(moment.today(), calendar);
        if (evaluation.dueDate().equals(dueDate)
                && evaluation.status() == status
                && evaluation.atRiskFrom().equals(atRiskFrom)
                && evaluation.suspended() == suspended) {
            return false;
        }
        apply(evaluation, moment, ClockEventType.RECOMPUTED, moment.today(), reason, null, null);
        return true;
    }

    /**
     * An administrator's correction of the start event's date, recorded wrongly: the clock is
     * re-evaluated from the corrected date. Refused when the clock has ended, when the date would
     * come after an act already recorded, or when the clock is breached and would no longer be
     * (a correction never erases a breach).
     */
    public void correctStartEvent(
            LegalPolicy policy, LocalDate corrected, String reason, Moment moment, HolidayCalendar calendar) {
        if (corrected == null) {
            throw new ClockRuleException(
                    "clock.input.missingDate", "The %s is missing: a date is required", "start event date");
        }
        if (outcome != ClockOutcome.PENDING) {
            throw new ClockRuleException(
                    "clock.ended", "The clock has already ended (%s): it cannot be %s any more", outcome, "corrected");
        }
        if (corrected.equals(startEvent)) {
            throw new ClockRuleException("clock.correction.same", "The start event is already on %s", corrected);
        }
        for (ClockEvent event : events) {
            if (event.type() == ClockEventType.SUSPENDED || event.type() == ClockEventType.RESUMED) {
                if (event.eventDate().isBefore(corrected)) {
                    throw new ClockRuleException(
                            "clock.correction.afterActs",
                            "A start on %s would come after the %s recorded on %s",
                            corrected,
                            event.type().name().toLowerCase(java.util.Locale.ROOT),
                            event.eventDate());
                }
            }
        }
        ClockFacts before = facts(policy);
        ClockFacts after = new ClockFacts(
                policy,
                before.period(),
                corrected,
                openedOn,
                before.suspensions(),
                before.extensions(),
                before.outcome());
        ClockEvaluation evaluation = after.evaluateOn(moment.today(), calendar);
        requireBreachKept(before, evaluation, moment, calendar);
        this.startEvent = corrected;
        apply(evaluation, moment, ClockEventType.CORRECTED, corrected, reason, null, null);
    }

    /**
     * Refuses an act dated before the day of the clock's last recorded event (its start, a
     * suspension, a resumption, an extension or a correction): what is recorded is never
     * rewritten by a backdated act.
     */
    private void requireNotBeforeLastEvent(LocalDate day) {
        LocalDate last = lastRecordedDay();
        if (last != null && day.isBefore(last)) {
            throw new ClockRuleException(
                    "clock.act.beforeLastEvent",
                    "%s is before the clock's last recorded event on %s: an act cannot be dated before it",
                    day,
                    last);
        }
    }

    /** The day the last act recorded on the clock took effect (a start counted back: the day it was opened). */
    LocalDate lastRecordedDay() {
        LocalDate last = null;
        for (ClockEvent event : events) {
            LocalDate day =
                    switch (event.type()) {
                        case STARTED -> event.eventDate().isAfter(openedOn) ? openedOn : event.eventDate();
                        case SUSPENDED, RESUMED, EXTENDED, CORRECTED, MET, STOPPED -> event.eventDate();
                        case RECOMPUTED, REASSIGNED -> null;
                    };
            if (day != null && (last == null || day.isAfter(last))) {
                last = day;
            }
        }
        return last;
    }

    /**
     * A breached clock stays breached, an expired one expired: no act or correction turns it back
     * into a running one.
     */
    private static void requireBreachKept(
            ClockFacts before, ClockEvaluation after, Moment moment, HolidayCalendar calendar) {
        ClockEvaluation now = before.evaluateOn(moment.today(), calendar);
        boolean ranOut = now.status() == ClockStatus.BREACHED || now.status() == ClockStatus.EXPIRED;
        if (ranOut && after.status() != now.status()) {
            throw new ClockRuleException(
                    "clock.breach.kept",
                    "The period expired on %s: a breach cannot be undone (the clock would be %s)",
                    now.dueDate(),
                    after.status());
        }
    }

    /**
     * Refuses a meet dated on or before the last day of a clock breached today: the period ran out
     * while the clock was open with nothing recorded, and an act recorded afterwards cannot say it
     * was done in time. Except for a clock entered after the fact: opened when its last day had
     * already passed and met on the day it was opened, with nothing recorded in between (a case
     * taken over from paper, the demonstration data): its whole history is recorded in one sitting,
     * the act with the day it was done, like the start event.
     */
    private void requireBreachMetOnlyLate(ClockFacts pending, LocalDate on, Moment moment, HolidayCalendar calendar) {
        ClockEvaluation now = pending.evaluateOn(moment.today(), calendar);
        if (now.status() != ClockStatus.BREACHED || on.isAfter(now.dueDate()) || enteredAfterTheFact(moment)) {
            return;
        }
        throw new ClockRuleException(
                "clock.breach.metOnlyLate",
                "The period expired on %s and the breach is on record: the act cannot be dated %s, on or before"
                        + " that day; record it as done late, from %s",
                now.dueDate(),
                on,
                now.dueDate().plusDays(1));
    }

    /** Opened breached today, nothing recorded since its start: see {@link #requireBreachMetOnlyLate}. */
    private boolean enteredAfterTheFact(Moment moment) {
        return moment.today().equals(openedOn)
                && events.size() == 1
                && events.get(0).type() == ClockEventType.STARTED
                && events.get(0).statusAfter() == ClockStatus.BREACHED;
    }

    /**
     * Hands the clock to {@code newOwner}, who will be warned from now on; the due date and the
     * status do not change. Only an open clock changes hands: an ended one keeps the owner it
     * ended with.
     *
     * @return false if {@code newOwner} already owns it (nothing recorded)
     * @throws ClockRuleException if the clock has ended
     */
    public boolean reassignTo(String newOwner, String reason, Moment moment) {
        Objects.requireNonNull(newOwner, "newOwner");
        if (outcome != ClockOutcome.PENDING) {
            throw new ClockRuleException(
                    "clock.ended", "The clock has already ended (%s): it cannot be %s any more", outcome, "reassigned");
        }
        if (newOwner.equals(owner)) {
            return false;
        }
        String previous = owner;
        this.owner = newOwner;
        this.updatedAt = moment.now();
        events.add(new ClockEvent(
                this,
                ClockEventType.REASSIGNED,
                moment.today(),
                moment.author(),
                previous + " \u2192 " + newOwner + ": " + reason,
                null,
                null,
                dueDate,
                status,
                moment.now()));
        return true;
    }

    /** The engine's view of this clock, rebuilt from its history. */
    public ClockFacts facts(LegalPolicy policy) {
        if (!policy.code().equals(policyCode) || policy.version() != policyVersion) {
            throw new IllegalArgumentException(
                    "Clock " + id + " runs under " + policyCode + " v" + policyVersion + ", not " + policy);
        }
        return ClockHistory.facts(
                policy,
                chosenPeriod(),
                startEvent,
                openedOn,
                events.stream()
                        .map(e -> new ClockHistory.Entry(e.type(), e.eventDate(), e.amount(), e.unit()))
                        .toList());
    }

    private void apply(
            ClockEvaluation evaluation,
            Moment moment,
            ClockEventType type,
            LocalDate eventDate,
            String reason,
            Integer amount,
            String unit) {
        this.dueDate = evaluation.dueDate();
        this.atRiskFrom = evaluation.atRiskFrom();
        this.status = evaluation.status();
        this.suspended = evaluation.suspended();
        this.updatedAt = moment.now();
        events.add(new ClockEvent(
                this, type, eventDate, moment.author(), reason, amount, unit, dueDate, status, moment.now()));
    }

    private static void requireNotInFuture(LocalDate day, Moment moment, String key) {
        if (day == null) {
            throw new ClockRuleException("clock.input.missingDate", "The %s is missing: a date is required", "date");
        }
        if (day.isAfter(moment.today())) {
            throw new ClockRuleException(key, "%s is in the future: record it on the day it happens", day);
        }
    }

    public Long id() {
        return id;
    }

    public String caseRef() {
        return caseRef;
    }

    public String module() {
        return module;
    }

    public String policyCode() {
        return policyCode;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public String owner() {
        return owner;
    }

    public LocalDate startEvent() {
        return startEvent;
    }

    /** The period chosen for the case, or null when the clock runs for its policy's own period. */
    public Period chosenPeriod() {
        return periodAmount == null ? null : Period.of(periodAmount, PeriodUnit.parse(periodUnit));
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate atRiskFrom() {
        return atRiskFrom;
    }

    public ClockStatus status() {
        return status;
    }

    public boolean isSuspended() {
        return suspended;
    }

    /** True if the period binds the authority: its expiry is the authority's breach. */
    public boolean bindsAuthority() {
        return bindsAuthority;
    }

    public ClockOutcome outcome() {
        return outcome;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public int extensionCount() {
        return extensionCount;
    }

    public long version() {
        return version;
    }

    public List<ClockEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The last event recorded (the one the latest change added). */
    public ClockEvent lastEvent() {
        return events.get(events.size() - 1);
    }

    /** Suspensions as the history records them (for screens). */
    public Suspensions suspensions(LegalPolicy policy) {
        return facts(policy).suspensions();
    }
}
