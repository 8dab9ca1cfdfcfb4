package fr.vigie.reporting.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Rebuilds the reporting snapshot and the forecast model on one connection; implemented in persistence.
 */
public interface SnapshotRebuild {
    /** What a rebuild did; {@code built == false} when another server held the lock. */
    record Outcome(boolean built, int modelRows, int forecasts, long factsMillis, long forecastMillis) {}

    Outcome rebuild(Connection c, List<String> modules, LocalDate today, int historyMonths, double threshold)
            throws SQLException;
}
