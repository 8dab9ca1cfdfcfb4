package fr.vigie.bench.retention;

import fr.vigie.bench.complaints.ComplaintDataGenerator;
import fr.vigie.bench.complaints.ComplaintWorklistBenchmark;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.persistence.ComplaintRetentionSql;
import fr.vigie.platform.api.retention.DueCases;
import fr.vigie.platform.api.retention.RetentionSelection;
import fr.vigie.platform.api.retention.RetentionStep;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The nightly retention task's work on complaints, over the million-complaint data set: a year's
 * worth of closed complaints — the oldest year of closures, then the most recent year past the
 * default 24 months, at today's volume — pseudonymised, then the same complaints' files deleted, with the module's very statements ({@link ComplaintRetentionSql}), in batches of 1,000,
 * each committed, as {@code RetentionTask} does. The dry run's count is timed first. Prints the
 * cases, batches, total time, rows per second and the batch p50 / p95 / max.
 *
 * <p>Not timed here: the platform's part of a batch (its audit entry and the audit reasons' erasure,
 * a few statements per batch whatever its size).
 *
 * <p>Run: {@code mvn -o -Pbench-retention verify -pl bench -am -DskipTests}. Arguments:
 * {@code [complaints] [port] [kept data directory]}.
 */
public final class RetentionBenchmark {
    private static final int BATCH = 1_000;

    private RetentionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55_007;
        Path data = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("vigie-retention-bench-");
        boolean reuse = Files.exists(data.resolve("PG_VERSION"));
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%s%n", port, data, reuse ? " (reused)" : "");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(args.length <= 2)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("max_wal_size", "8GB")
                // A throw-away database: durability off while loading, as the other benchmarks (README).
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("autovacuum", "off")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            ComplaintWorklistBenchmark.migrate(dataSource);
            try (Connection c = dataSource.getConnection()) {
                if (!reuse) {
                    System.out.println("Generated "
                            + ComplaintDataGenerator.generate(c, complaints, 42L, dataSource::getConnection));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE complaints.complaint");
                }
                measure(c);
            }
        }
    }

    private static void measure(Connection c) throws SQLException {
        LocalDate firstClosure;
        long closed;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT min(closed_on), count(*) FROM complaints.complaint WHERE status = 'CLOSED'")) {
            rs.next();
            firstClosure = rs.getDate(1).toLocalDate();
            closed = rs.getLong(2);
        }
        LocalDate today = LocalDate.now();
        System.out.printf("%,d closed complaints, the first closed on %s%n", closed, firstClosure);
        c.setAutoCommit(false);
        // The oldest year of closures, then the most recent year past the default 24 months: the data
        // grows over ten years, so the second is a year at today's volume.
        slice(c, "oldest year", firstClosure.plusYears(1), today);
        // Untimed: the years before it are marked as already done (dates only), so that the slice is one year.
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE complaints.complaint SET pseudonymised_on = closed_on, file_deleted_on = closed_on"
                    + " WHERE status = 'CLOSED' AND closed_on < current_date - INTERVAL '36 months'"
                    + " AND file_deleted_on IS NULL");
            s.execute("ANALYZE complaints.complaint");
        }
        c.commit();
        slice(c, "a recent year (closed 36 to 24 months ago)", today.minusMonths(24), today);
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT count(*) FROM complaints.complaint WHERE pseudonymised_on IS NOT NULL "
                                + "AND complainant_name = '" + ComplaintRetentionSql.PSEUDONYM + "'")) {
            rs.next();
            System.out.printf(
                    "Check: %,d complaints pseudonymised, still %,d closed complaints counted%n",
                    rs.getLong(1), closed);
        }
    }

    /** Both steps on the complaints closed before {@code closedBefore} not yet at the step. */
    private static void slice(Connection c, String name, LocalDate closedBefore, LocalDate today) throws SQLException {
        System.out.printf("%s: closed before %s%n", name, closedBefore);
        for (RetentionStep step : RetentionStep.values()) {
            long started = System.nanoTime();
            long due = 0;
            for (Outcome outcome : Outcome.values()) {
                due += ComplaintRetentionSql.DUE.count(c, step, selection(outcome, closedBefore));
            }
            c.commit();
            double countMs = (System.nanoTime() - started) / 1e6;
            List<Double> batches = new ArrayList<>();
            long cases = 0;
            long runStarted = System.nanoTime();
            for (Outcome outcome : Outcome.values()) {
                while (true) {
                    long batchStarted = System.nanoTime();
                    List<DueCases.Taken> taken =
                            ComplaintRetentionSql.DUE.take(c, step, selection(outcome, closedBefore), BATCH);
                    if (!taken.isEmpty()) {
                        ComplaintRetentionSql.erase(c, taken, step, today);
                    }
                    c.commit();
                    int done = taken.size();
                    if (done > 0) {
                        batches.add((System.nanoTime() - batchStarted) / 1e6);
                    }
                    cases += done;
                    if (done < BATCH) {
                        break;
                    }
                }
            }
            double seconds = (System.nanoTime() - runStarted) / 1e9;
            double[] sorted =
                    batches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(
                    "  %-13s dry-run count %,d in %.0f ms; applied to %,d complaints in %,d batches: %.1f s, %,.0f complaints/s;"
                            + " batch p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    step,
                    due,
                    countMs,
                    cases,
                    batches.size(),
                    seconds,
                    cases / Math.max(seconds, 1e-9),
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }
    }

    private static RetentionSelection selection(Outcome outcome, LocalDate closedBefore) {
        return new RetentionSelection("COMPLAINT", outcome.name(), closedBefore, Set.of());
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
