package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A base calendar (French national holidays by default) adjusted by the administrator:
 * days added as holidays (a bridge day granted to the whole authority) and holidays removed
 * (a holiday worked that year).
 *
 * <p>Why additions and removals rather than a full list per year: the national holidays
 * stay computed for every future year, so a clock ending in 2039 is right even if nobody
 * maintained 2039; the administrator only records the exceptions. Contradictory or useless
 * exceptions (adding a day that already is a holiday, removing one that is not) are
 * rejected, because they are always a mistake on the administration screen.
 *
 * <p>Immutable: a change builds a new calendar, so a computation in progress never sees a
 * half-edited calendar.
 */
public final class AdjustedHolidayCalendar implements HolidayCalendar {

    private final HolidayCalendar base;
    private final Map<LocalDate, PublicHoliday> added;
    private final Set<LocalDate> removed;

    private AdjustedHolidayCalendar(HolidayCalendar base, Map<LocalDate, PublicHoliday> added, Set<LocalDate> removed) {
        this.base = base;
        this.added = Map.copyOf(added);
        this.removed = Set.copyOf(removed);
    }

    /**
     * @param base    the calendar the administrator adjusts
     * @param added   holidays to add, each with its name (none may already be a holiday of the base)
     * @param removed holidays of the base to treat as working days
     */
    public static AdjustedHolidayCalendar of(
            HolidayCalendar base, Collection<PublicHoliday> added, Collection<LocalDate> removed) {
        Require.present(base, "base calendar");
        Require.present(added, "list of added holidays");
        Require.present(removed, "list of removed holidays");
        Map<LocalDate, PublicHoliday> additions = new HashMap<>();
        for (PublicHoliday holiday : added) {
            Require.present(holiday, "added holiday");
            base.holidayOn(holiday.date()).ifPresent(existing -> {
                throw new ClockRuleException(
                        "clock.calendar.alreadyHoliday",
                        "%s cannot be added as '%s': it is already a public holiday (%s)",
                        holiday.date(),
                        holiday.name(),
                        existing.name());
            });
            if (additions.putIfAbsent(holiday.date(), holiday) != null) {
                throw new ClockRuleException(
                        "clock.calendar.addedTwice", "%s is added twice as a public holiday", holiday.date());
            }
        }
        for (LocalDate date : removed) {
            Require.date(date, "removed holiday");
            if (!base.isPublicHoliday(date)) {
                throw new ClockRuleException(
                        "clock.calendar.notAHoliday",
                        "%s cannot be removed: it is not a public holiday in %s",
                        date,
                        base);
            }
        }
        return new AdjustedHolidayCalendar(base, additions, Set.copyOf(removed));
    }

    /** The national holidays with no adjustment yet. */
    public static AdjustedHolidayCalendar frenchDefaults() {
        return of(FrenchPublicHolidays.INSTANCE, List.of(), List.of());
    }

    /** A new calendar with {@code holiday} added. */
    public AdjustedHolidayCalendar withHolidayAdded(PublicHoliday holiday) {
        List<PublicHoliday> additions = new ArrayList<>(added.values());
        additions.add(holiday);
        return of(base, additions, removed);
    }

    /** A new calendar in which the base holiday on {@code date} is a working day. */
    public AdjustedHolidayCalendar withHolidayRemoved(LocalDate date) {
        List<LocalDate> removals = new ArrayList<>(removed);
        removals.add(date);
        return of(base, added.values(), removals);
    }

    /** The administrator's additions, in date order. */
    public List<PublicHoliday> addedHolidays() {
        return added.values().stream().sorted().toList();
    }

    /** The base holidays the administrator turned into working days, in date order. */
    public List<LocalDate> removedHolidays() {
        return removed.stream().sorted().toList();
    }

    @Override
    public boolean isPublicHoliday(LocalDate date) {
        return added.containsKey(date) || (!removed.contains(date) && base.isPublicHoliday(date));
    }

    @Override
    public Optional<PublicHoliday> holidayOn(LocalDate date) {
        PublicHoliday addition = added.get(date);
        if (addition != null) {
            return Optional.of(addition);
        }
        return removed.contains(date) ? Optional.empty() : base.holidayOn(date);
    }

    @Override
    public List<PublicHoliday> holidaysIn(int year) {
        List<PublicHoliday> holidays = new ArrayList<>();
        base.holidaysIn(year).stream()
                .filter(holiday -> !removed.contains(holiday.date()))
                .forEach(holidays::add);
        added.values().stream()
                .filter(holiday -> holiday.date().getYear() == year)
                .forEach(holidays::add);
        return holidays.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return base + " adjusted (" + added.size() + " added, " + removed.size() + " removed)";
    }
}
