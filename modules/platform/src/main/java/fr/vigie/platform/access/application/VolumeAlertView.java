package fr.vigie.platform.access.application;

import java.time.Instant;

/** One unusual-volume alert: who, in which hour, how many reads against which threshold. */
public record VolumeAlertView(
        long id, String actor, Instant windowStart, Instant raisedAt, int readsInHour, int threshold) {}
