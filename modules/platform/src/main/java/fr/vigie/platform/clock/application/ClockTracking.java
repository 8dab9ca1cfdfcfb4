package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.ClockEventView;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.KnownCases;
import fr.vigie.platform.api.clock.LegalClocks;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.clock.domain.ClockOutcome;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.ClockStatus;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.persistence.JpaTrackedClocks;
import fr.vigie.platform.clock.persistence.StatusChange;
import fr.vigie.platform.clock.tracking.ClockEvent;
import fr.vigie.platform.clock.tracking.ClockEventType;
import fr.vigie.platform.clock.tracking.Moment;
import fr.vigie.platform.clock.tracking.TrackedClock;
import fr.vigie.platform.security.domain.UserAccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The legal clocks of cases ({@link LegalClocks}). Every act loads the clock, checks the
 * version the person saw, applies the act with the engine under the policy version the clock
 * started with and the calendar in force, writes the history entry, audits it with its reason
 * and announces a status change, all in one transaction.
 */
@Stateless
@Local(LegalClocks.class)
@LocalBean
// Authorisation is checked in code by ClockPermissions on every method (read: staff roles; change:
// the roles of the case's module), not by @RolesAllowed: system tasks (the status job and the
// modules' reactions to it, demo seeding) have no container identity and must pass.
@PermitAll
public class ClockTracking implements LegalClocks {
    static final String MODULE = ClockNotices.MODULE;

    @Inject
    JpaTrackedClocks clocks;

    @Inject
    PolicyRegistry policies;

    @Inject
    HolidayCalendars calendars;

    @Inject
    ClockPermissions permissions;

    @Inject
    ClockNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<KnownCases> directories;

    @Override
    public ClockId start(CaseRef caseRef, String policyCode, LocalDate startEvent, String ownerUsername) {
        return start(caseRef, policyCode, startEvent, ownerUsername, (Period) null);
    }

    @Override
    public ClockId start(
            CaseRef caseRef, String policyCode, LocalDate startEvent, String ownerUsername, int amount, String unit) {
        Period chosen = engine("amount", () -> Period.of(amount, PeriodUnit.parse(unit)));
        return start(caseRef, policyCode, startEvent, ownerUsername, chosen);
    }

    private ClockId start(
            CaseRef caseRef, String policyCode, LocalDate startEvent, String ownerUsername, Period chosen) {
        if (caseRef == null) {
            throw new ClockException("caseRef", "clock.caseRef.required");
        }
        permissions.requireMayChange(caseRef.module());
        if (ownerUsername == null || accounts.findByUsername(ownerUsername).isEmpty()) {
            throw new ClockException("owner", "clock.owner.unknown", String.valueOf(ownerUsername));
        }
        if (startEvent == null) {
            throw new ClockException("startEvent", "clock.input.missingDate", "start event date");
        }
        LegalPolicy policy = engine("policy", () -> policies.current(policyCode));
        requireCaseOfThePolicysModule(caseRef, policy);
        HolidayCalendar calendar = calendars.current();
        if (chosen != null) {
            requireChosenPeriod(policy, startEvent, chosen, calendar);
        }
        Moment moment = moment();
        TrackedClock tracked = engine(
                "startEvent",
                () -> TrackedClock.start(caseRef, policy, chosen, startEvent, ownerUsername, moment, calendar));
        clocks.store(tracked);
        clocks.flush();
        audit.record(AuditRecord.of(MODULE, "CLOCK_STARTED")
                .onCase(caseRef)
                .changed("clock", null, tracked.id())
                .changed("policy", null, policy.code() + " v" + policy.version())
                .changed(
                        "period",
                        null,
                        chosen == null
                                ? null
                                : chosen.amount() + " " + chosen.unit().spelling())
                .changed("startEvent", null, startEvent)
                .changed("owner", null, ownerUsername)
                .changed("dueDate", null, tracked.dueDate())
                .changed("status", null, tracked.status())
                .build());
        if (tracked.status() != ClockStatus.RUNNING) {
            notices.announce(new StatusChange(
                    tracked.id(),
                    tracked.caseRef(),
                    tracked.owner(),
                    tracked.policyCode(),
                    ClockStatus.RUNNING,
                    tracked.status(),
                    tracked.dueDate(),
                    tracked.dueDate()));
        }
        return ClockId.of(tracked.id());
    }

    /**
     * A policy's clock runs only on an existing case of the policy's own module, as that module's
     * {@link KnownCases} says; a module without one cannot have clocks.
     */
    private void requireCaseOfThePolicysModule(CaseRef caseRef, LegalPolicy policy) {
        requireKnownCase(
                caseRef,
                engine("policy", () -> policies.law(policy.code())),
                directories.stream().toList());
    }

    /**
     * Refuses a start on a case of another module than the policy's ({@code policy}), on a module
     * without {@link KnownCases} or on a case its directory does not know ({@code caseRef}).
     */
    static void requireKnownCase(CaseRef caseRef, LegalPolicy law, List<KnownCases> directories) {
        String module = law.module();
        if (!law.runsOnCasesOf(caseRef.module())) {
            throw new ClockException("policy", "clock.policy.otherModule", law.legalSource(), caseRef.module(), module);
        }
        List<KnownCases> known = directories.stream()
                .filter(d -> caseRef.module().equals(d.module()))
                .toList();
        if (known.isEmpty()) {
            throw new ClockException("caseRef", "clock.caseRef.noDirectory", caseRef.module());
        }
        if (known.stream().noneMatch(d -> d.exists(caseRef.reference()))) {
            throw new ClockException("caseRef", "clock.caseRef.unknownCase", caseRef.toString());
        }
        requireGovernedCase(caseRef, law, known);
    }

    /**
     * Refuses a policy that governs only the cases opened from a date (Regulation (EU) 2025/2518:
     * from 2 April 2027) on a case opened before ({@code policy}) or whose directory does not give
     * the opening date ({@code caseRef}): the older case keeps the rules it was opened under.
     */
    static void requireGovernedCase(CaseRef caseRef, LegalPolicy law, List<KnownCases> known) {
        if (law.appliesToCasesOpenedFrom().isEmpty()) {
            return;
        }
        LocalDate firstOpening = law.appliesToCasesOpenedFrom().orElseThrow();
        LocalDate openedOn = known.stream()
                .map(d -> d.openedOn(caseRef.reference()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new ClockException(
                        "caseRef",
                        "clock.caseRef.openingDateUnknown",
                        caseRef.toString(),
                        law.legalSource(),
                        firstOpening));
        if (!law.appliesToCaseOpenedOn(openedOn)) {
            throw new ClockException(
                    "policy", "clock.policy.notApplicableToCase", law.legalSource(), firstOpening, openedOn);
        }
    }

    /**
     * Checks a period chosen for a case against the policy, refusing on field {@code amount} with
     * the bound and its legal source in the person's language.
     */
    static void requireChosenPeriod(LegalPolicy policy, LocalDate startEvent, Period chosen, HolidayCalendar calendar) {
        if (startEvent == null) {
            throw new ClockException("startEvent", "clock.input.missingDate", "start event date");
        }
        if (!policy.allowsChosenPeriod()) {
            throw new ClockException(
                    "amount",
                    "clock.chosenPeriod.notAllowed",
                    ClockException.period(policy.period()),
                    policy.legalSource());
        }
        try {
            policy.requireAllowedPeriod(startEvent, chosen, calendar);
        } catch (ClockRuleException refused) {
            boolean belowMinimum = "clock.policy.belowMinimum".equals(refused.messageKey());
            Period bound = belowMinimum
                    ? policy.minimumPeriod().orElseThrow()
                    : policy.maximumPeriod().orElseThrow();
            throw new ClockException(
                    "amount",
                    belowMinimum ? "clock.chosenPeriod.belowMinimum" : "clock.chosenPeriod.aboveMaximum",
                    ClockException.period(chosen),
                    ClockException.period(bound),
                    policy.legalSource());
        }
    }

    @Override
    public void suspend(ClockId id, long expectedVersion, LocalDate from, String reason) {
        change(
                id,
                expectedVersion,
                reason,
                "CLOCK_SUSPENDED",
                "date",
                (tracked, policy, why, moment, calendar) ->
                        suspendUnderTheLaw(tracked, policy, policies.law(policy.code()), from, why, moment, calendar));
    }

    /**
     * Suspends a clock counted under its own version ({@code policy}) only if the law in force
     * ({@code law}, {@link PolicyRegistry#law}) allows a suspension of its period: a clock started
     * under a version that said otherwise (EHDS Art. 68(4) version 1) is refused. The clock's own
     * version must allow it as well ({@link TrackedClock#suspend}).
     */
    static void suspendUnderTheLaw(
            TrackedClock tracked,
            LegalPolicy policy,
            LegalPolicy law,
            LocalDate from,
            String reason,
            Moment moment,
            HolidayCalendar calendar) {
        if (!law.isSuspendable()) {
            throw new ClockRuleException(
                    "clock.suspension.notAllowed", "The deadline under %s cannot be suspended", policy.legalSource());
        }
        tracked.suspend(policy, from, reason, moment, calendar);
    }

    @Override
    public void resume(ClockId id, long expectedVersion, LocalDate on, String reason) {
        change(
                id,
                expectedVersion,
                reason,
                "CLOCK_RESUMED",
                "date",
                (tracked, policy, why, moment, calendar) -> tracked.resume(policy, on, why, moment, calendar));
    }

    @Override
    public void extend(ClockId id, long expectedVersion, int amount, String unit, String reason) {
        change(id, expectedVersion, reason, "CLOCK_EXTENDED", "amount", (tracked, policy, why, moment, calendar) -> {
            Period extension = Period.of(amount, PeriodUnit.parse(unit));
            tracked.extend(policy, extension, why, moment, calendar);
        });
    }

    @Override
    public void extendByTheLegalLength(ClockId id, long expectedVersion, String reason) {
        change(
                id,
                expectedVersion,
                reason,
                "CLOCK_EXTENDED",
                "amount",
                (tracked, policy, why, moment, calendar) ->
                        tracked.extend(policy, policy.legalExtensionLength(), why, moment, calendar));
    }

    @Override
    public Optional<LocalDate> latestChosenEnd(String policyCode, LocalDate start) {
        permissions.requireMayRead();
        LegalPolicy policy = engine("policy", () -> policies.current(policyCode));
        return policy.latestChosenEnd(start, calendars.current());
    }

    @Override
    public void meet(ClockId id, long expectedVersion, LocalDate on, String reason) {
        change(
                id,
                expectedVersion,
                reason,
                "CLOCK_MET",
                "date",
                (tracked, policy, why, moment, calendar) ->
                        tracked.end(policy, ClockOutcome.MET, on, why, moment, calendar));
    }

    @Override
    public void stop(ClockId id, long expectedVersion, LocalDate on, String reason) {
        change(
                id,
                expectedVersion,
                reason,
                "CLOCK_STOPPED",
                "date",
                (tracked, policy, why, moment, calendar) ->
                        tracked.end(policy, ClockOutcome.STOPPED, on, why, moment, calendar));
    }

    @Override
    public int reassignOwner(CaseRef caseRef, String newOwnerUsername, String reason) {
        if (caseRef == null) {
            throw new ClockException("caseRef", "clock.caseRef.required");
        }
        permissions.requireMayChange(caseRef.module());
        String why = Reason.require(reason);
        if (newOwnerUsername == null
                || accounts.findByUsername(newOwnerUsername).isEmpty()) {
            throw new ClockException("owner", "clock.owner.unknown", String.valueOf(newOwnerUsername));
        }
        Moment moment = moment();
        int reassigned = 0;
        for (TrackedClock tracked : clocks.ofCase(caseRef.toString())) {
            if (tracked.outcome() != ClockOutcome.PENDING) {
                continue;
            }
            String previous = tracked.owner();
            if (tracked.reassignTo(newOwnerUsername, why, moment)) {
                reassigned++;
                clocks.flush();
                audit.record(AuditRecord.of(MODULE, "CLOCK_OWNER_CHANGED")
                        .onCase(caseRef)
                        .because(why)
                        .changed("clock", null, tracked.id())
                        .changed("policy", null, tracked.policyCode())
                        .changed("owner", previous, newOwnerUsername)
                        .build());
            }
        }
        return reassigned;
    }

    /**
     * An administrator's correction of a clock's start event, recorded wrongly: the only change
     * made to a clock outside its module's own acts. The reason is required; the correction is
     * recorded in the clock's history as {@code CORRECTED} and audited as {@code CLOCK_CORRECTED};
     * it is refused if the clock is breached and would no longer be.
     */
    public void correctStartEvent(ClockId id, long expectedVersion, LocalDate corrected, String reason) {
        if (!currentUser.isAuthenticated() || !currentUser.roles().contains(Role.ADMINISTRATOR)) {
            throw new ClockException(null, "clock.correctionForbidden");
        }
        change(
                id,
                expectedVersion,
                reason,
                "CLOCK_CORRECTED",
                "startEvent",
                (tracked, policy, why, moment, calendar) ->
                        tracked.correctStartEvent(policy, corrected, why, moment, calendar));
    }

    @Override
    public List<ClockView> clocksOf(CaseRef caseRef) {
        permissions.requireMayRead();
        LocalDate today = LocalDate.now(clock);
        return clocks.ofCase(caseRef.toString()).stream()
                .map(tracked -> view(tracked, today))
                .toList();
    }

    @Override
    public ClockView clock(ClockId id) {
        permissions.requireMayRead();
        return view(load(id), LocalDate.now(clock));
    }

    /** One act on a clock (the verbs above): checks, applies, audits and announces. */
    @FunctionalInterface
    interface Act {
        void apply(TrackedClock tracked, LegalPolicy policy, String reason, Moment moment, HolidayCalendar calendar);
    }

    private void change(ClockId id, long expectedVersion, String reason, String action, String dateField, Act act) {
        String why = Reason.require(reason);
        TrackedClock tracked = load(id);
        permissions.requireMayChange(tracked.module());
        if (tracked.version() != expectedVersion) {
            throw new ConflictException(tracked.caseRef() + " / " + tracked.policyCode());
        }
        LegalPolicy policy = policies.at(tracked.policyCode(), tracked.policyVersion());
        ClockStatus statusBefore = tracked.status();
        LocalDate dueBefore = tracked.dueDate();
        LocalDate startBefore = tracked.startEvent();
        engine(dateField, () -> {
            act.apply(tracked, policy, why, moment(), calendars.current());
            return null;
        });
        clocks.flush();
        ClockEvent event = tracked.lastEvent();
        AuditRecord.Builder record = AuditRecord.of(MODULE, action)
                .onCase(CaseRef.parse(tracked.caseRef()))
                .because(why)
                .changed("clock", null, tracked.id())
                .changed("eventDate", null, event.eventDate());
        if (!startBefore.equals(tracked.startEvent())) {
            record.changed("startEvent", startBefore, tracked.startEvent());
        }
        audit.record(
                record.changed("extension", null, event.amount() == null ? null : event.amount() + " " + event.unit())
                        .changed("dueDate", dueBefore, tracked.dueDate())
                        .changed("status", statusBefore, tracked.status())
                        .build());
        notices.announce(new StatusChange(
                tracked.id(),
                tracked.caseRef(),
                tracked.owner(),
                tracked.policyCode(),
                statusBefore,
                tracked.status(),
                dueBefore,
                tracked.dueDate()));
    }

    private TrackedClock load(ClockId id) {
        if (id == null) {
            throw new NotFoundException("clock", "null");
        }
        return clocks.find(id.value()).orElseThrow(() -> new NotFoundException("clock", id.value()));
    }

    private Moment moment() {
        return new Moment(LocalDate.now(clock), clock.instant(), currentUser.username());
    }

    /** Runs engine code, turning its refusals into a {@link ClockException} on {@code field}. */
    private static <T> T engine(String field, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ClockRuleException refused) {
            throw ClockException.of(refused, field);
        }
    }

    private ClockView view(TrackedClock tracked, LocalDate today) {
        LegalPolicy policy = policies.at(tracked.policyCode(), tracked.policyVersion());
        List<ClockEventView> history = new ArrayList<>();
        tracked.events().stream()
                .map(e -> new ClockEventView(
                        e.type().name(),
                        e.eventDate(),
                        e.author(),
                        e.reason(),
                        e.amount(),
                        e.unit(),
                        e.dueDateAfter(),
                        ClockState.valueOf(e.statusAfter().name()),
                        e.recordedAt()))
                .forEach(history::add);
        // Changes made by batches (status job, calendar) are kept in the batches' log: merged here
        // in time order, they read as the RECOMPUTED entries they are.
        clocks.flipsOf(tracked.id()).stream()
                .map(flip -> new ClockEventView(
                        ClockEventType.RECOMPUTED.name(),
                        flip.day(),
                        flip.author(),
                        flip.reason(),
                        null,
                        null,
                        flip.dueDateAfter(),
                        ClockState.valueOf(flip.statusAfter().name()),
                        flip.recordedAt()))
                .forEach(history::add);
        history.sort(Comparator.comparing(ClockEventView::recordedAt));
        int extensionsLeft = Math.max(0, policy.extensionRule().maxExtensions() - tracked.extensionCount());
        Period period = tracked.chosenPeriod() == null ? policy.period() : tracked.chosenPeriod();
        return new ClockView(
                ClockId.of(tracked.id()),
                tracked.caseRef(),
                tracked.policyCode(),
                tracked.policyVersion(),
                policy.title(),
                policy.legalSource(),
                period.amount() + " " + period.unit().spelling(),
                tracked.chosenPeriod() != null,
                tracked.owner(),
                tracked.startEvent(),
                tracked.dueDate(),
                tracked.atRiskFrom(),
                ChronoUnit.DAYS.between(today, tracked.dueDate()),
                ClockState.valueOf(tracked.status().name()),
                tracked.isSuspended(),
                policy.isSuspendable(),
                extensionsLeft,
                tracked.endedOn(),
                tracked.version(),
                history);
    }
}
