package fr.vigie.platform.api.clock;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a clock's history.
 *
 * @param type         STARTED, SUSPENDED, RESUMED, EXTENDED, MET, STOPPED or RECOMPUTED
 * @param date         the day the event takes effect
 * @param author       who recorded it ({@code system} for the status job)
 * @param reason       why (may be null for a start or a recomputation)
 * @param amount       extensions: the amount granted; a start: the period chosen for the case (null
 *                     when the clock runs for its policy's own period)
 * @param unit         with {@code amount}: the unit ({@code days}, {@code working_days}, {@code weeks}, {@code months}, {@code years})
 * @param dueDateAfter the due date once the event was applied
 * @param statusAfter  the status once the event was applied
 * @param recordedAt   when it was recorded
 */
public record ClockEventView(
        String type,
        LocalDate date,
        String author,
        String reason,
        Integer amount,
        String unit,
        LocalDate dueDateAfter,
        ClockState statusAfter,
        Instant recordedAt) {}
