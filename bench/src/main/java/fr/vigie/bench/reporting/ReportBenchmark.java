package fr.vigie.bench.reporting;

import fr.vigie.reporting.application.Reports;
import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.domain.ReportFilter;
import fr.vigie.reporting.persistence.ReportQueries;
import fr.vigie.reporting.persistence.SnapshotBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The data generator and the report benchmark, in one run: loads the synthetic authority (by default
 * 1,000,000 complaints and 100,000 dossiers with their stages, assignments and clocks, by COPY),
 * builds the reporting snapshot and forecast as the scheduled job does, then for each report page
 * and filter runs the application's query path ({@link Reports}, the code behind the pages, the REST
 * API and the exports) and, interleaved, the equivalent hand-written SQL ({@link RawReportSql}),
 * and prints p50 / p95 of each and the ratio.
 *
 * <p>Run: {@code mvn -Pbench-reports verify -pl bench -am -DskipTests} (see docs/reporting.md);
 * arguments {@code [complaints] [dossiers] [port] [iterations]}.
 */
public final class ReportBenchmark {
    private static final Set<String> MODULES = Set.of("complaints", "dossiers", "committee");
    private static final double THRESHOLD = 0.5;
    private static final int MAX_RUNS = 1_000;

    private ReportBenchmark() {}

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private record Scenario(String name, String team, String organisationId, boolean period) {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--existing")) {
            measureExisting(Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 40);
            return;
        }
        // --generate-only: the data generator alone (its time breakdown), no snapshot and no measurement.
        boolean generateOnly = args.length > 0 && args[0].equals("--generate-only");
        if (generateOnly) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 55005;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        LocalDate today = ReportBenchData.TODAY;
        Path data = Files.createTempDirectory("vigie-report-bench-");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s; load average %s%n", port, data, loadAverage());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "8GB")
                // A throw-away database, never the application's: durability is off on purpose.
                .setServerConfig("synchronous_commit", "off")
                // A throw-away database loaded in bulk: the embedded server already runs without fsync
                // (-F), so full-page images in the WAL protect nothing here and only cost CPU.
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("checkpoint_timeout", "30min")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            ReportBenchData bench = new ReportBenchData(dataSource);
            long started = System.nanoTime();
            bench.createApplicationRole();
            bench.migrateModules();
            System.out.printf("MIGRATIONS: platform, complaints, dossiers, committee in %.1f s%n", seconds(started));
            long generation = System.nanoTime();
            CpuClock cpu = new CpuClock(data);
            double jvmCpu = CpuClock.jvmSeconds();
            double serverCpu = cpu.serverSeconds();
            System.out.println("GENERATION (into the modules' real tables):");
            bench.load(complaints, dossiers, 20261122L);
            System.out.printf(
                    "DATA: %,d complaints and %,d dossiers generated and loaded in %.1f s (load average %s)%n",
                    complaints, dossiers, seconds(generation), loadAverage());
            System.out.printf(
                    "CPU during generation: generator JVM %.1f s, PostgreSQL %.1f s%n",
                    CpuClock.jvmSeconds() - jvmCpu, cpu.serverSeconds() - serverCpu);
            if (generateOnly) {
                return;
            }
            bench.migrateReporting();
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                SnapshotBuilder.Outcome outcome =
                        new SnapshotBuilder().rebuild(c, List.copyOf(MODULES), today, 24, THRESHOLD);
                System.out.printf(
                        "SNAPSHOT: facts and aggregates %.1f s; forecast model %,d rows, %,d open cases"
                                + " forecast, %.1f s%n",
                        outcome.factsMillis() / 1e3,
                        outcome.modelRows(),
                        outcome.forecasts(),
                        outcome.forecastMillis() / 1e3);
                c.setAutoCommit(true);
                sizes(c);
                // Twice: the machine is shared and its load moves; both tables are printed.
                for (int pass = 1; pass <= 2; pass++) {
                    System.out.printf("%nPASS %d (load average %s)%n", pass, loadAverage());
                    measure(c, today, iterations);
                }
            }
        }
    }

    /**
     * Measures again on a benchmark database that is still up (e.g. one kept by a debugger, or a
     * run suspended after its snapshot): {@code --existing <port> [iterations]}, as user postgres.
     */
    private static void measureExisting(int port, int iterations) throws SQLException {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        try (Connection c = dataSource.getConnection()) {
            for (int pass = 1; pass <= 2; pass++) {
                System.out.printf("%nPASS %d (load average %s)%n", pass, loadAverage());
                measure(c, ReportBenchData.TODAY, iterations);
            }
        }
    }

    /** The organisation (SIREN/SIRET) with the most cases: the worst case of the organisation filter. */
    private static String busiestOrganisation(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT organisation_id, count(*)"
                                + " FROM reporting.case_fact WHERE organisation_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1")) {
            if (!r.next()) {
                return null;
            }
            System.out.printf("Busiest organisation: %s (%,d cases)%n", r.getString(1), r.getLong(2));
            return r.getString(1);
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static void measure(Connection c, LocalDate today, int iterations) throws SQLException {
        Reports reports = new Reports(new ReportQueries());
        Snapshot snapshot = new ReportQueries().snapshot(c).orElseThrow();
        String busyOrganisation = busiestOrganisation(c);
        List<Scenario> scenarios = List.of(
                new Scenario("all", null, null, false),
                new Scenario("team+12 months", null, null, true),
                new Scenario("organisation", null, busyOrganisation, false));
        System.out.println();
        System.out.printf(
                "%-16s %-16s %10s %10s %10s %10s %8s %8s %10s %6s%n",
                "report",
                "filter",
                "app p50",
                "app p95",
                "raw p50",
                "raw p95",
                "p50 x",
                "p95 x",
                "p95 x (no custom plans)",
                "runs");
        List<double[]> all = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            LocalDate from = scenario.period() ? today.minusMonths(12).withDayOfMonth(1) : null;
            LocalDate to = scenario.period() ? today : null;
            String complaintTeam = scenario.period() ? ReportBenchData.COMPLAINT_TEAMS[1] : null;
            String dossierTeam = scenario.period() ? ReportBenchData.DOSSIER_TEAMS[1] : null;
            ReportFilter cf = new ReportFilter(from, to, null, complaintTeam, null, scenario.organisationId());
            ReportFilter df = new ReportFilter(from, to, null, dossierTeam, null, scenario.organisationId());
            // The deadline board, backlog, forecast and workload read every module; the team filter picks a complaints
            // team.
            RawReportSql rawC = new RawReportSql(snapshot.asOf(), complaintTeam, scenario.organisationId(), from, to);
            RawReportSql rawD = new RawReportSql(snapshot.asOf(), dossierTeam, scenario.organisationId(), from, to);
            // EHDS and Art. 78(2) default to the last 12 months when no period is given, as the pages do.
            ReportFilter ehdsFilter = from == null
                    ? new ReportFilter(
                            today.minusMonths(12).withDayOfMonth(1), today, null, null, null, scenario.organisationId())
                    : df;
            ReportFilter art78Filter = from == null
                    ? new ReportFilter(
                            today.minusMonths(12).withDayOfMonth(1), today, null, null, null, scenario.organisationId())
                    : cf;
            RawReportSql rawEhds = new RawReportSql(
                    snapshot.asOf(), ehdsFilter.team(), scenario.organisationId(), ehdsFilter.from(), ehdsFilter.to());
            RawReportSql rawArt78 = new RawReportSql(
                    snapshot.asOf(),
                    art78Filter.team(),
                    scenario.organisationId(),
                    art78Filter.from(),
                    art78Filter.to());
            all.add(row(
                    c,
                    "1 deadlines",
                    scenario.name(),
                    iterations,
                    x -> reports.deadlineBoard(x, snapshot, noPeriod(cf), MODULES, 0, Reports.FIRST_PAGE),
                    raw(rawC.withoutPeriod().deadlineBoard())));
            all.add(row(
                    c,
                    "2 EHDS",
                    scenario.name(),
                    iterations,
                    x -> reports.ehds(x, snapshot, ehdsFilter, MODULES),
                    raw(rawEhds.ehds())));
            all.add(row(
                    c,
                    "3 backlog",
                    scenario.name(),
                    iterations,
                    x -> reports.backlog(x, snapshot, cf, MODULES, 0, Reports.FIRST_PAGE),
                    raw(rawC.backlog())));
            all.add(row(
                    c,
                    "4 Art. 78(2)",
                    scenario.name(),
                    iterations,
                    x -> reports.art78(x, snapshot, art78Filter, MODULES),
                    raw(rawArt78.art78())));
            all.add(row(
                    c,
                    "5 forecast",
                    scenario.name(),
                    iterations,
                    x -> reports.forecast(x, noPeriod(df), MODULES, THRESHOLD, 0, Reports.FIRST_PAGE),
                    raw(rawD.withoutPeriod().forecast())));
            all.add(row(
                    c,
                    "6 workload",
                    scenario.name(),
                    iterations,
                    x -> reports.workload(x, noPeriod(cf), MODULES),
                    raw(rawC.withoutPeriod().workload())));
        }
        double worstP95 = all.stream().mapToDouble(r -> r[1]).max().orElse(0);
        double worstRatio = all.stream().mapToDouble(r -> r[2]).max().orElse(0);
        System.out.printf(
                "%nWORST app p95 %.1f ms (target < 300 ms); worst p95 ratio to raw SQL %.2f (target <= 1.5);"
                        + " load average %s%n",
                worstP95, worstRatio, loadAverage());
    }

    private static ReportFilter noPeriod(ReportFilter f) {
        return new ReportFilter(null, null, f.module(), f.team(), f.procedure(), f.organisation());
    }

    private static Work raw(List<String> statements) {
        return c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    try (ResultSet r = s.executeQuery(sql)) {
                        int columns = r.getMetaData().getColumnCount();
                        while (r.next()) {
                            for (int i = 1; i <= columns; i++) {
                                r.getObject(i);
                            }
                        }
                    }
                }
            }
        };
    }

    private interface AppWork {
        Object run(Connection c) throws SQLException;
    }

    /**
     * Warms up, then alternates the paths: the application's as the server runs it (custom plans,
     * {@link Reports#withCustomPlans}), the hand-written SQL, and the application's queries without
     * the custom-plan setting (to show what it changes); returns {p50, p95, p95 ratio} of the first.
     */
    private static double[] row(Connection c, String report, String filter, int iterations, AppWork app, Work raw)
            throws SQLException {
        AppWork server = x -> Reports.withCustomPlans(x, () -> app.run(x));
        for (int i = 0; i < 5; i++) {
            server.run(c);
            raw.run(c);
            app.run(c);
        }
        // At least `iterations` runs, and for quick pages more, until the application's runs add up to a
        // second: the p95 of 40 runs of a 1 ms query is its second-worst run, one scheduler hiccup.
        List<double[]> runs = new ArrayList<>();
        double appTotal = 0;
        while (runs.size() < iterations || (appTotal < 1_000 && runs.size() < MAX_RUNS)) {
            long t0 = System.nanoTime();
            server.run(c);
            long t1 = System.nanoTime();
            raw.run(c);
            long t2 = System.nanoTime();
            app.run(c);
            long t3 = System.nanoTime();
            runs.add(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6});
            appTotal += (t1 - t0) / 1e6;
        }
        double[] appTimes = runs.stream().mapToDouble(r -> r[0]).toArray();
        double[] rawTimes = runs.stream().mapToDouble(r -> r[1]).toArray();
        double[] genericTimes = runs.stream().mapToDouble(r -> r[2]).toArray();
        double ap50 = percentile(appTimes, 0.5);
        double ap95 = percentile(appTimes, 0.95);
        double rp50 = percentile(rawTimes, 0.5);
        double rp95 = percentile(rawTimes, 0.95);
        double gp95 = percentile(genericTimes, 0.95);
        System.out.printf(
                "%-16s %-16s %8.1fms %8.1fms %8.1fms %8.1fms %8.2f %8.2f %10.2f %6d%n",
                report, filter, ap50, ap95, rp50, rp95, ap50 / rp50, ap95 / rp95, gp95 / rp95, runs.size());
        return new double[] {ap50, ap95, ap95 / rp95};
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void sizes(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT relname, reltuples::bigint,"
                        + " pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class WHERE relnamespace = 'reporting'::regnamespace"
                        + " AND relkind = 'r' ORDER BY relname")) {
            StringBuilder line = new StringBuilder("SNAPSHOT TABLES:");
            while (r.next()) {
                line.append(String.format(" %s=%,d rows (%s);", r.getString(1), r.getLong(2), r.getString(3)));
            }
            System.out.println(line);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
