package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.FrenchPublicHolidays;
import fr.vigie.platform.clock.domain.PublicHoliday;
import fr.vigie.platform.clock.persistence.BatchRecompute;
import fr.vigie.platform.clock.persistence.HolidayOverride;
import fr.vigie.platform.clock.persistence.StatusBatches;
import fr.vigie.platform.clock.persistence.StatusChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's holiday calendar: add a day (a bridge granted to all staff), remove a
 * national holiday (worked that year), or undo either. Each change is audited with its reason
 * and, in the same transaction, recomputes the open clocks whose due date the day can move, so
 * that no clock ever shows a date computed on a calendar that no longer exists.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class CalendarAdministration {
    static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    HolidayCalendars calendars;

    @Inject
    BatchChanges batches;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** A calendar change and what it did to the clocks. */
    public record Outcome(LocalDate day, int clocksRecomputed) {}

    /** The holidays of {@code year}: national ones, added ones and removed national ones, by date. */
    public List<HolidayView> year(int year) {
        List<HolidayOverride> overrides = calendars.overrides();
        AdjustedHolidayCalendar calendar = HolidayCalendars.of(overrides);
        List<HolidayView> lines = new ArrayList<>();
        for (PublicHoliday holiday : calendar.holidaysIn(year)) {
            Optional<HolidayOverride> added = overrides.stream()
                    .filter(o -> o.day().equals(holiday.date()) && o.kind() == HolidayOverride.Kind.ADDED)
                    .findFirst();
            lines.add(added.map(o -> new HolidayView(o.day(), o.name(), "ADDED", o.reason(), o.createdBy()))
                    .orElse(new HolidayView(holiday.date(), holiday.name(), "NATIONAL", null, null)));
        }
        overrides.stream()
                .filter(o -> o.kind() == HolidayOverride.Kind.REMOVED && o.day().getYear() == year)
                .forEach(o -> lines.add(new HolidayView(
                        o.day(),
                        FrenchPublicHolidays.INSTANCE
                                .holidayOn(o.day())
                                .map(PublicHoliday::name)
                                .orElse("?"),
                        "REMOVED",
                        o.reason(),
                        o.createdBy())));
        lines.sort(Comparator.comparing(HolidayView::date));
        return lines;
    }

    /**
     * Makes {@code day} a holiday: a new added day, or a removed national holiday restored.
     */
    public Outcome addHoliday(LocalDate day, String name, String reason) {
        String why = Reason.require(reason);
        requireDay(day);
        Optional<HolidayOverride> existing = onDay(day);
        if (existing.isPresent() && existing.get().kind() == HolidayOverride.Kind.REMOVED) {
            em.remove(existing.get());
            return applied(day, "CALENDAR_HOLIDAY_RESTORED", why, null, "holiday");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new ClockException("name", "clock.calendar.nameRequired");
        }
        if (label.length() > MAX_NAME) {
            throw new ClockException("name", "clock.calendar.nameTooLong", MAX_NAME);
        }
        try {
            calendars.current().withHolidayAdded(new PublicHoliday(day, label));
        } catch (ClockRuleException refused) {
            throw ClockException.of(refused, "date");
        }
        em.persist(new HolidayOverride(
                day, HolidayOverride.Kind.ADDED, label, why, currentUser.username(), clock.instant()));
        return applied(day, "CALENDAR_HOLIDAY_ADDED", why, null, label);
    }

    /** Makes {@code day} a working day: an added day withdrawn, or a national holiday removed. */
    public Outcome removeHoliday(LocalDate day, String reason) {
        String why = Reason.require(reason);
        requireDay(day);
        Optional<HolidayOverride> existing = onDay(day);
        if (existing.isPresent() && existing.get().kind() == HolidayOverride.Kind.ADDED) {
            String before = existing.get().name();
            em.remove(existing.get());
            return applied(day, "CALENDAR_HOLIDAY_WITHDRAWN", why, before, null);
        }
        try {
            calendars.current().withHolidayRemoved(day);
        } catch (ClockRuleException refused) {
            throw ClockException.of(refused, "date");
        }
        String before = FrenchPublicHolidays.INSTANCE
                .holidayOn(day)
                .map(PublicHoliday::name)
                .orElse(null);
        em.persist(new HolidayOverride(
                day, HolidayOverride.Kind.REMOVED, null, why, currentUser.username(), clock.instant()));
        return applied(day, "CALENDAR_HOLIDAY_REMOVED", why, before, null);
    }

    private Outcome applied(LocalDate day, String action, String reason, String before, String after) {
        em.flush();
        audit.record(AuditRecord.of(ClockNotices.MODULE, action)
                .onCase(calendarRef(day.getYear()))
                .because(reason)
                .changed("day", null, day)
                .changed("holiday", before, after)
                .build());
        List<StatusChange> changes = batches.recompute(
                BatchRecompute.Scope.affectedBy(day),
                calendars.current(),
                LocalDate.now(clock),
                clock.instant(),
                currentUser.username(),
                "Calendrier des jours fériés modifié pour le " + day + " : " + reason,
                StatusBatches.Cause.CALENDAR,
                "CLOCK_RECOMPUTED");
        return new Outcome(day, changes.size());
    }

    private Optional<HolidayOverride> onDay(LocalDate day) {
        return em.createNamedQuery("HolidayOverride.onDay", HolidayOverride.class)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    private static void requireDay(LocalDate day) {
        if (day == null) {
            throw new ClockException("date", "clock.input.missingDate", "date");
        }
    }

    /** The audit trail's "case" for the calendar of a year. */
    public static CaseRef calendarRef(int year) {
        return new CaseRef("platform", "calendar-" + year);
    }
}
