package fr.vigie.bench.access;

import fr.vigie.platform.access.application.ReadAccessRecorder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * What the read-access log adds to a file page: the recorder's one statement
 * ({@link ReadAccessRecorder#INSERT_AND_COUNT}: insert the entry, count the reader's reads of the
 * last hour) and its own commit, timed on an embedded PostgreSQL migrated with the platform's Flyway
 * scripts and holding a retention period's worth of entries. The reader timed has already read
 * {@value #READS_ALREADY_THIS_HOUR} files this hour (close to the default alert threshold, the
 * costliest count a usual reader causes). Prints p50 / p95 / max against the target:
 * at most {@value #TARGET_MS} ms p95 added to a file page.
 *
 * <p>Run: {@code mvn -o -Pbench-access verify -pl bench -am -DskipTests}. Arguments:
 * {@code -Daccess.bench.args="[entries] [port]"}, 2 000 000 entries on port 55027 by default.
 */
public final class ReadAccessBenchmark {
    static final int WARM_UP = 200;
    static final int RUNS = 2_000;
    static final int READS_ALREADY_THIS_HOUR = 180;
    static final double TARGET_MS = 5;

    private ReadAccessBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55027;
        Path data = Files.createTempDirectory("vigie-access-bench-");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", port, data);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrate(dataSource);
            try (Connection c = dataSource.getConnection()) {
                long started = System.nanoTime();
                fill(c, entries);
                System.out.printf(
                        "Filled platform.read_access with %,d entries over 400 days in %.1f s%n",
                        entries, (System.nanoTime() - started) / 1e9);
                time(c);
            }
        }
    }

    static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        Flyway.configure(ReadAccessBenchmark.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("platform")
                .createSchemas(true)
                .locations("classpath:db/migration/platform")
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
    }

    /** 300 readers over 400 days, then the timed reader's reads of the last hour. */
    private static void fill(Connection c, int entries) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO platform.read_access (occurred_at, actor, kind, module, case_ref, client_address)"
                    + " SELECT now() - (random() * INTERVAL '400 days'), 'user' || (i % 300),"
                    + " (ARRAY['FILE_OPENED','FILE_OPENED','FILE_OPENED','DOCUMENT_DOWNLOADED'])[1 + i % 4],"
                    + " 'complaints', 'complaints:PL-2026-' || lpad((i % 900000)::text, 6, '0'), '10.0.0.' || (i % 250)"
                    + " FROM generate_series(1, " + entries + ") i");
            s.execute("INSERT INTO platform.read_access (occurred_at, actor, kind, module, case_ref, client_address)"
                    + " SELECT now() - (random() * INTERVAL '59 minutes'), 'bench.reader', 'FILE_OPENED', 'complaints',"
                    + " 'complaints:PL-2026-' || lpad(i::text, 6, '0'), '10.0.1.1'"
                    + " FROM generate_series(1, " + READS_ALREADY_THIS_HOUR + ") i");
            s.execute("VACUUM ANALYZE platform.read_access");
        }
    }

    private static void time(Connection c) throws SQLException {
        c.setAutoCommit(false);
        double[] millis = new double[RUNS];
        double[] baseline = new double[RUNS];
        long lastCount = 0;
        try (Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS public.bench_noise (x INTEGER)");
        }
        c.commit();
        try (PreparedStatement record = c.prepareStatement(ReadAccessRecorder.INSERT_AND_COUNT);
                PreparedStatement noise = c.prepareStatement("INSERT INTO public.bench_noise (x) VALUES (?)")) {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                // Baseline, interleaved so that it sees the same machine: the cheapest durable write, one
                // one-row insert into an unindexed table and its commit (the floor any recorded read pays).
                long baselineStarted = System.nanoTime();
                noise.setInt(1, i);
                noise.executeUpdate();
                c.commit();
                if (i >= WARM_UP) {
                    baseline[i - WARM_UP] = (System.nanoTime() - baselineStarted) / 1e6;
                }
                long started = System.nanoTime();
                Instant now = Instant.now();
                record.setTimestamp(1, Timestamp.from(now));
                record.setString(2, "bench.reader");
                record.setString(3, "FILE_OPENED");
                record.setString(4, "complaints");
                record.setString(5, "complaints:PL-2026-" + String.format("%06d", i % 900_000));
                record.setString(6, null);
                record.setString(7, "10.0.1.1");
                record.setString(8, "bench-" + i);
                record.setString(9, "bench.reader");
                record.setTimestamp(10, Timestamp.from(now.minus(Duration.ofHours(1))));
                try (ResultSet result = record.executeQuery()) {
                    result.next();
                    lastCount = result.getLong(2);
                }
                c.commit();
                if (i >= WARM_UP) {
                    millis[i - WARM_UP] = (System.nanoTime() - started) / 1e6;
                }
                // Keep the reader's hour at its usual volume: the timed reads themselves are not the point.
                if (i % 100 == 99) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET LOCAL session_replication_role = replica");
                        s.execute("DELETE FROM platform.read_access WHERE actor = 'bench.reader'"
                                + " AND request_id LIKE 'bench-%'");
                    }
                    c.commit();
                }
            }
        }
        Arrays.sort(millis);
        Arrays.sort(baseline);
        double p50 = millis[RUNS / 2];
        double p95 = millis[(int) Math.ceil(RUNS * 0.95) - 1];
        double max = millis[RUNS - 1];
        System.out.printf(
                "%nBaseline (one-row insert into an unindexed table + commit):%n  runs %d  p50 %.2f ms  p95 %.2f ms"
                        + "  max %.2f ms%n",
                RUNS, baseline[RUNS / 2], baseline[(int) Math.ceil(RUNS * 0.95) - 1], baseline[RUNS - 1]);
        System.out.println();
        System.out.printf(
                "Record one read (insert + hour count + commit), reader at ~%d reads this hour (last count %d):%n",
                READS_ALREADY_THIS_HOUR, lastCount);
        System.out.printf(
                "  runs %d  p50 %.2f ms  p95 %.2f ms  max %.2f ms  target p95 <= %.0f ms: %s%n",
                RUNS, p50, p95, max, TARGET_MS, p95 <= TARGET_MS ? "MET" : "MISSED");
    }
}
