package fr.vigie.reporting.persistence;

import fr.vigie.reporting.application.SnapshotRebuild;
import fr.vigie.reporting.domain.BreachForecaster;
import fr.vigie.reporting.domain.RemainingTime;
import fr.vigie.reporting.domain.StageHistory;
import fr.vigie.reporting.domain.WeeklyDistribution;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds the reporting snapshot and its breach forecast (plain JDBC, shared by the scheduled job
 * and the benchmark). Two steps, each its own transaction on the given connection (auto-commit off):
 * <ol>
 * <li>{@code reporting.rebuild(modules, today)}: facts and aggregates from the modules' views;</li>
 * <li>the forecast model (cases whose probability of missing their target is at least {@code threshold}
 *     are marked likely to breach): the stage-length histograms of the last {@code historyMonths} months,
 *     turned by {@link BreachForecaster} into a table of remaining-time distributions, stored in
 *     {@code reporting.forecast_model}; then {@code reporting.apply_forecast(today)} forecasts
 *     every open case from it.</li>
 * </ol>
 */
@Dependent
public final class SnapshotBuilder implements SnapshotRebuild {

    public Outcome rebuild(Connection c, List<String> modules, LocalDate today, int historyMonths, double threshold)
            throws SQLException {
        long started = System.nanoTime();
        boolean built;
        try (PreparedStatement s = c.prepareStatement("SELECT reporting.rebuild(?, ?)")) {
            s.setArray(1, c.createArrayOf("text", modules.toArray()));
            s.setDate(2, Date.valueOf(today));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                built = r.getBoolean(1);
            }
        }
        c.commit();
        long facts = (System.nanoTime() - started) / 1_000_000;
        if (!built) {
            return new Outcome(false, 0, 0, facts, 0);
        }
        started = System.nanoTime();
        int modelRows = writeModel(c, today.minusMonths(historyMonths).withDayOfMonth(1));
        int forecasts;
        try (PreparedStatement s = c.prepareStatement("SELECT reporting.apply_forecast(?, ?)")) {
            s.setDate(1, Date.valueOf(today));
            s.setFloat(2, (float) threshold);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                forecasts = r.getInt(1);
            }
        }
        c.commit();
        return new Outcome(true, modelRows, forecasts, facts, (System.nanoTime() - started) / 1_000_000);
    }

    private int writeModel(Connection c, LocalDate since) throws SQLException {
        // (module, procedure) -> stage -> (order, days -> count)
        Map<String, Map<String, StageCounts>> histories = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT module, procedure, stage, min(stage_order), days, sum(n)"
                + " FROM reporting.stage_hist WHERE month >= ? GROUP BY module, procedure, stage, days")) {
            s.setDate(1, Date.valueOf(since));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StageCounts counts = histories
                            .computeIfAbsent(r.getString(1) + '\u0000' + r.getString(2), k -> new LinkedHashMap<>())
                            .computeIfAbsent(r.getString(3), k -> new StageCounts());
                    counts.order = Math.min(counts.order, r.getInt(4));
                    counts.byDays.merge(r.getInt(5), r.getLong(6), Long::sum);
                    counts.total += r.getLong(6);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM reporting.forecast_model")) {
            s.executeUpdate();
        }
        int rows = 0;
        try (PreparedStatement insert =
                c.prepareStatement("INSERT INTO reporting.forecast_model (module, procedure, stage,"
                        + " elapsed_weeks, p50_weeks, p90_weeks, cdf, responsible_stage, beyond_history, history_cases)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Map<String, StageCounts>> procedure : histories.entrySet()) {
                String[] key = procedure.getKey().split("\u0000", -1);
                List<StageHistory> stages = new ArrayList<>();
                procedure.getValue().forEach((stage, counts) -> WeeklyDistribution.fromDayCounts(counts.byDays)
                        .ifPresent(d -> stages.add(new StageHistory(stage, counts.order, d, (int) counts.total))));
                for (RemainingTime row : new BreachForecaster(stages).table()) {
                    insert.setString(1, key[0]);
                    insert.setString(2, key[1]);
                    insert.setString(3, row.stage());
                    insert.setInt(4, row.elapsedWeeks());
                    insert.setInt(5, row.p50Weeks());
                    insert.setInt(6, row.p90Weeks());
                    insert.setArray(7, c.createArrayOf("float4", boxed(row.cdf())));
                    insert.setString(8, row.responsibleStage());
                    insert.setBoolean(9, row.beyondHistory());
                    insert.setInt(10, row.pastStages());
                    insert.addBatch();
                    if (++rows % 500 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static Float[] boxed(double[] values) {
        Float[] boxed = new Float[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = (float) values[i];
        }
        return boxed;
    }

    private static final class StageCounts {
        int order = Integer.MAX_VALUE;
        long total;
        final Map<Integer, Long> byDays = new TreeMap<>();
    }
}
