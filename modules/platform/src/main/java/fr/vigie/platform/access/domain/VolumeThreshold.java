package fr.vigie.platform.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The unusual-volume rule: one person reading more than {@code readsPerHour} files, documents or
 * exports in the last sixty minutes is worth an auditor's look. One alert per person and clock hour
 * (the {@linkplain #window window} of the read that crossed the line), not one per read.
 */
public record VolumeThreshold(int readsPerHour) {
    public static final int DEFAULT_READS_PER_HOUR = 200;
    /** The span the reads are counted over, ending at the read being recorded. */
    public static final Duration SPAN = Duration.ofHours(1);

    public VolumeThreshold {
        if (readsPerHour < 1) {
            throw new IllegalArgumentException(
                    "vigie.access-log.alert.reads-per-hour must be at least 1, not " + readsPerHour);
        }
    }

    /** True when {@code readsInLastHour} (the read being recorded included) is more than allowed. */
    public boolean exceededBy(long readsInLastHour) {
        return readsInLastHour > readsPerHour;
    }

    /** Reads after this instant count towards the volume of a read made at {@code at}. */
    public Instant countFrom(Instant at) {
        return at.minus(SPAN);
    }

    /** The clock hour an alert raised at {@code at} belongs to: at most one alert per person in it. */
    public Instant window(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }
}
