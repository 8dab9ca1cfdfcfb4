package fr.vigie.platform.clock.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When and by whom a change is made: the day legal periods are judged on (in the authority's
 * time zone), the instant recorded, and the author. One value so that the verbs of
 * {@link TrackedClock} cannot mix "today" from one clock and "now" from another.
 */
public record Moment(LocalDate today, Instant now, String author) {
    public Moment {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(author, "author");
    }
}
