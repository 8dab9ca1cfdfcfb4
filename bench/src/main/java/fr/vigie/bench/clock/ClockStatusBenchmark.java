package fr.vigie.bench.clock;

import fr.vigie.platform.clock.application.PolicyRegistry;
import fr.vigie.platform.clock.domain.AdjustedHolidayCalendar;
import fr.vigie.platform.clock.domain.HolidayCalendar;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import fr.vigie.platform.clock.persistence.BatchRecompute;
import fr.vigie.platform.clock.persistence.StatusBatches;
import fr.vigie.platform.clock.persistence.StatusChange;
import fr.vigie.platform.clock.persistence.StatusSweep;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Recomputes the status of 1,000,000 stored clocks, as the status job does, and prints the time.
 *
 * <p>What is measured, on a fresh embedded PostgreSQL migrated with the platform's own Flyway
 * scripts and filled with {@value #DEFAULT_CLOCKS} open clocks (several policies, 5 % suspended):
 * <ol>
 * <li>the status sweep ({@link StatusSweep}, the SQL the job runs for clocks that are not
 *     suspended), in ranges of {@value #RANGE} ids, one transaction per range: on a day when
 *     most clocks change status (worst case), again the same day (nothing to change), and on
 *     the next day (an ordinary night);</li>
 * <li>the engine recomputation of the suspended clocks ({@link BatchRecompute}, the job's
 *     second step);</li>
 * <li>the engine recomputation of every open clock (the worst case of a calendar change).</li>
 * </ol>
 * Each recomputation is one transaction, as in the server, pipelined as there (the engine
 * evaluates a page on another thread while the connection reads and writes the others).
 * Run: {@code mvn -Pbench verify -pl bench -am -DskipTests} (with the JMH benchmarks; see README).
 * Arguments: {@code [clocks] [port]}.
 */
public final class ClockStatusBenchmark {
    static final int DEFAULT_CLOCKS = 1_000_000;
    static final int RANGE = 50_000;
    static final int PAGE = 5_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    /** The engine's thread for the recomputations (the server uses its managed executor). */
    static final ExecutorService COMPUTE = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "clock-engine");
        thread.setDaemon(true);
        return thread;
    });

    private ClockStatusBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clocks = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CLOCKS;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : freePort();
        Path data = Files.createTempDirectory("vigie-clock-bench-");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", port, data);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                // The embedded server starts with -F (no fsync), which no production server uses: the
                // commits and checkpoints of the benchmark pay their disk flushes, as in production.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            prepare(dataSource, clocks);
            run(dataSource, clocks, CpuMeter.of(data));
        }
    }

    static void prepare(DataSource dataSource, int clocks) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE vigie_app LOGIN");
        }
        Flyway.configure(ClockStatusBenchmark.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("platform")
                .createSchemas(true)
                .locations("classpath:db/migration/platform")
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
        Properties file = PolicyCatalogue.defaultProperties();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO platform.clock_policy_version (code, version, title, legal_source, period, definition,"
                                + " effective_from, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')")) {
            for (LegalPolicy policy : PolicyCatalogue.defaults().all()) {
                Map<String, String> attributes = PolicyRegistry.attributesOf(file, policy.code());
                insert.setString(1, policy.code());
                insert.setInt(2, policy.version());
                insert.setString(3, policy.title());
                insert.setString(4, policy.legalSource());
                insert.setString(5, attributes.get("period"));
                insert.setString(6, PolicyRegistry.definition(attributes));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            // Four policies of different units; start events spread over 300 days before "today";
            // dates as of the day before, so that the sweep of "today" finds work to do.
            s.execute("""
                    INSERT INTO platform.clock (case_ref, module, policy_code, policy_version, owner, start_event, opened_on,
                        due_date, at_risk_from, status, suspended, outcome, created_at, updated_at)
                    SELECT 'complaints:BENCH-' || i, 'complaints', p.code, 1, 'handler' || (i %% 50),
                           d.start, d.start, d.due, d.due - p.warn, 'RUNNING', (i %% 20 = 0), 'PENDING', now(), now()
                    FROM generate_series(1, %d) AS i
                    CROSS JOIN LATERAL (SELECT CASE i %% 4
                            WHEN 0 THEN 'GDPR_ART_78_2_INFORM_COMPLAINANT' WHEN 1 THEN 'NATIONAL_AUTHORISATION_DECISION'
                            WHEN 2 THEN 'EHDS_ART_68_4_PERMIT_DECISION' ELSE 'NATIONAL_COMMITTEE_OPINION' END AS code,
                            CASE i %% 4 WHEN 0 THEN 3 WHEN 1 THEN 2 WHEN 2 THEN 3 ELSE 1 END AS months,
                            CASE i %% 4 WHEN 3 THEN 10 ELSE 18 END AS warn) p
                    CROSS JOIN LATERAL (SELECT DATE '%s' - (i %% 300) AS start) s0
                    CROSS JOIN LATERAL (SELECT s0.start, (s0.start + make_interval(months => p.months))::date AS due) d
                    """.formatted(clocks, TODAY));
            // The suspended clocks (the last one among every 20, all with suspendable policies) need their event.
            s.execute("""
                    UPDATE platform.clock SET policy_code = 'EHDS_ART_68_4_PERMIT_DECISION', status = 'SUSPENDED'
                    WHERE suspended
                    """);
            s.execute("""
                    INSERT INTO platform.clock_event (clock_id, type, event_date, author, reason, due_date_after,
                        status_after, recorded_at)
                    SELECT id, 'STARTED', start_event, 'bench', NULL, due_date, 'RUNNING', now() FROM platform.clock
                    """);
            s.execute("""
                    INSERT INTO platform.clock_event (clock_id, type, event_date, author, reason, due_date_after,
                        status_after, recorded_at)
                    SELECT id, 'SUSPENDED', LEAST(start_event + 5, DATE '%s' - 1), 'bench', 'waiting', due_date,
                        'SUSPENDED', now() FROM platform.clock WHERE suspended
                    """.formatted(TODAY));
            s.execute("VACUUM ANALYZE platform.clock");
            s.execute("VACUUM ANALYZE platform.clock_event");
        }
        System.out.printf("Generated %,d clocks (and their events) in %.1f s%n", clocks, seconds(started));
    }

    static void run(DataSource dataSource, int clocks, CpuMeter cpu) throws SQLException {
        Instant now = Instant.now();
        long[] bounds;
        try (Connection c = dataSource.getConnection()) {
            bounds = StatusSweep.openIdBounds(c).orElseThrow();
        }
        List<String> table = new ArrayList<>();
        // Round 1: the day after the data was generated, most clocks change (the worst case);
        // round 2: the same day again (nothing to change); round 3: the next day (a normal night).
        LocalDate[] days = {TODAY, TODAY, TODAY.plusDays(1)};
        String[] labels = {
            "status sweep, worst day (most clocks flip)",
            "status sweep, same day again (no-op)",
            "status sweep, next day (ordinary night)"
        };
        for (int round = 1; round <= days.length; round++) {
            long started = System.nanoTime();
            double cpuBefore = cpu.seconds();
            int changed = 0;
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                for (long after = bounds[0] - 1; after < bounds[1]; after += RANGE) {
                    changed += sweepRange(c, days[round - 1], after, Math.min(after + RANGE, bounds[1]), now);
                    c.commit();
                }
            }
            double took = seconds(started);
            double cpuSeconds = cpu.seconds() - cpuBefore;
            System.out.printf(
                    "STATUS SWEEP (SQL, %,d-id ranges), round %d (%s): %,d clocks examined, %,d changed,"
                            + " %.2f s (CPU %.2f s)%n",
                    RANGE, round, days[round - 1], clocks, changed, took, cpuSeconds);
            table.add(row(labels[round - 1], clocks, changed, took, cpuSeconds));
        }

        HolidayCalendar calendar = AdjustedHolidayCalendar.frenchDefaults();
        Map<String, LegalPolicy> policies = new ConcurrentHashMap<>();
        PolicyCatalogue catalogue = PolicyCatalogue.defaults();
        BatchRecompute.PolicyLookup lookup = (code, version) -> policies.computeIfAbsent(code, catalogue::policy);
        table.add(recompute(
                dataSource,
                BatchRecompute.Scope.suspended(),
                StatusBatches.Cause.SUSPENDED,
                "suspended clocks recomputed (engine)",
                calendar,
                lookup,
                now,
                cpu));
        table.add(recompute(
                dataSource,
                BatchRecompute.Scope.allOpen(),
                StatusBatches.Cause.CALENDAR,
                "all open clocks recomputed (engine, calendar change)",
                calendar,
                lookup,
                now,
                cpu));
        table.add(recompute(
                dataSource,
                BatchRecompute.Scope.allOpen(),
                StatusBatches.Cause.CALENDAR,
                "all open clocks again (nothing to write)",
                calendar,
                lookup,
                now,
                cpu));
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                java.sql.ResultSet counts = s.executeQuery(
                        "SELECT (SELECT count(*) FROM platform.clock_status_batch),"
                                + " (SELECT count(*) FROM platform.clock_status_flip), (SELECT count(*) FROM platform.notification)")) {
            counts.next();
            System.out.printf(
                    "Recorded: %,d batches, %,d status flips, %,d notifications%n",
                    counts.getLong(1), counts.getLong(2), counts.getLong(3));
        }
        System.out.println();
        System.out.printf(
                "| %-52s | %9s | %9s | %8s | %8s |%n",
                "run (" + String.format("%,d", clocks) + " open clocks)", "examined", "changed", "wall s", "CPU s");
        System.out.printf(
                "|%s|%s|%s|%s|%s|%n", "-".repeat(54), "-".repeat(11), "-".repeat(11), "-".repeat(10), "-".repeat(10));
        table.forEach(System.out::println);
        System.out.printf(
                "Wall: elapsed time; CPU: seconds used by the JVM and the PostgreSQL server together (what an"
                        + " idle machine needs, disk waits aside). Load average at the end: %.1f on %d cores.%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * One range of the status job's sweep, as {@code BatchChanges.sweep} does it in the server:
     * a batch id, the flip statement (flips, notifications, changes returned), the batch row.
     * Not measured here: the job's one audit entry per batch (a single JPA insert) and the CDI
     * events fired for the changes returned.
     */
    private static int sweepRange(Connection c, LocalDate day, long after, long upTo, Instant now) throws SQLException {
        long batch = StatusBatches.nextId(c);
        List<StatusChange> changes = StatusSweep.flip(c, batch, day, after, upTo, now);
        if (!changes.isEmpty()) {
            StatusBatches.record(c, batch, StatusBatches.Cause.TIME_PASSED, day, "bench", StatusSweep.REASON, now);
        }
        return changes.size();
    }

    private static String row(String label, long examined, long changed, double seconds, double cpuSeconds) {
        return String.format("| %-52s | %,9d | %,9d | %8.2f | %8.2f |", label, examined, changed, seconds, cpuSeconds);
    }

    private static String recompute(
            DataSource dataSource,
            BatchRecompute.Scope scope,
            StatusBatches.Cause cause,
            String label,
            HolidayCalendar calendar,
            BatchRecompute.PolicyLookup lookup,
            Instant now,
            CpuMeter cpu)
            throws SQLException {
        long started = System.nanoTime();
        double cpuBefore = cpu.seconds();
        List<StatusChange> changes = new ArrayList<>();
        int examined;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long batch = StatusBatches.nextId(c);
            // As BatchChanges does in the server: one transaction (a calendar change commits with its
            // audit entry; the status job's suspended clocks are one batch), the engine evaluating a page
            // on another thread while this one reads the next page and writes the previous one.
            try (BatchRecompute recompute = new BatchRecompute(c, lookup, calendar, TODAY, now, batch, COMPUTE)) {
                recompute.all(scope, PAGE, changes);
                if (!changes.isEmpty()) {
                    StatusBatches.record(c, batch, cause, TODAY, "bench", "benchmark", now);
                }
                c.commit();
                examined = recompute.examined();
            }
        }
        double took = seconds(started);
        double cpuSeconds = cpu.seconds() - cpuBefore;
        System.out.printf(
                "%s: %,d clocks examined, %,d changed, %.2f s (CPU %.2f s)%n",
                label.toUpperCase(), examined, changes.size(), took, cpuSeconds);
        return row(label, examined, changes.size(), took, cpuSeconds);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
