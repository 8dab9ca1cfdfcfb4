package fr.vigie.platform.clock.application;

import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.FrenchPublicHolidays;
import fr.vigie.platform.clock.domain.PublicHoliday;
import fr.vigie.platform.clock.persistence.HolidayOverride;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The holiday calendar in force: the French national holidays adjusted by the administrator's
 * exceptions. Read from the database each time (a handful of rows), so that every server of a
 * cluster uses the calendar just changed on another one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HolidayCalendars {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    public AdjustedHolidayCalendar current() {
        return of(overrides());
    }

    public List<HolidayOverride> overrides() {
        return em.createNamedQuery("HolidayOverride.all", HolidayOverride.class).getResultList();
    }

    /** The calendar these exceptions make. */
    public static AdjustedHolidayCalendar of(List<HolidayOverride> overrides) {
        return AdjustedHolidayCalendar.of(
                FrenchPublicHolidays.INSTANCE,
                overrides.stream()
                        .filter(o -> o.kind() == HolidayOverride.Kind.ADDED)
                        .map(o -> new PublicHoliday(o.day(), o.name()))
                        .toList(),
                overrides.stream()
                        .filter(o -> o.kind() == HolidayOverride.Kind.REMOVED)
                        .map(HolidayOverride::day)
                        .toList());
    }
}
