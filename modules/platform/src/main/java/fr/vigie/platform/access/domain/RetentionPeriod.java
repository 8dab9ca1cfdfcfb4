package fr.vigie.platform.access.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long read-access entries are kept. The law asks for at least a year (EHDS Art. 73 keeps access
 * logs at least one year): a shorter setting is refused rather than silently raised, so that a
 * mistyped value is noticed. The database refuses a shorter purge as well.
 */
public record RetentionPeriod(int days) {
    /** The legal minimum, in days. */
    public static final int MINIMUM_DAYS = 365;
    /** The default: a year and a margin for the purge's schedule and time-zone edges. */
    public static final int DEFAULT_DAYS = 400;

    public RetentionPeriod {
        if (days < MINIMUM_DAYS) {
            throw new IllegalArgumentException("Read-access entries are kept at least " + MINIMUM_DAYS
                    + " days; vigie.access-log.retention-days is " + days);
        }
    }

    /** Entries that occurred before the returned instant are past their period at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }
}
