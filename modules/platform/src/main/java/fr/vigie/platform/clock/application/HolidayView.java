package fr.vigie.platform.clock.application;

import java.time.LocalDate;

/**
 * One line of the calendar screen: a holiday of the year (national or added) or a national
 * holiday the administrator removed.
 *
 * @param date      the day
 * @param name      its name
 * @param origin    {@code NATIONAL}, {@code ADDED} or {@code REMOVED}
 * @param reason    the administrator's reason (adjustments only)
 * @param changedBy who made the adjustment (adjustments only)
 */
public record HolidayView(LocalDate date, String name, String origin, String reason, String changedBy) {

    public boolean isAdded() {
        return "ADDED".equals(origin);
    }

    public boolean isRemoved() {
        return "REMOVED".equals(origin);
    }
}
