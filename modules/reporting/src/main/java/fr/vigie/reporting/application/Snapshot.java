package fr.vigie.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data every report reads: a snapshot of the modules' reporting views, as of a day.
 *
 * @param generation      increases with each rebuild
 * @param asOf            the day statuses and ages are computed for
 * @param refreshedAt     when the snapshot was built (its age is shown on every page)
 * @param durationMillis  how long the rebuild took
 * @param modules         modules whose views the snapshot holds
 * @param missingModules  configured modules that publish no reporting view (yet)
 * @param clocksIncluded  whether the platform's clock view was there
 */
public record Snapshot(
        long generation,
        LocalDate asOf,
        Instant refreshedAt,
        long durationMillis,
        List<String> modules,
        List<String> missingModules,
        boolean clocksIncluded) {}
