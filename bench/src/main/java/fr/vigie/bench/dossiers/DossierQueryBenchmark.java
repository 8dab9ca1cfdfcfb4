package fr.vigie.bench.dossiers;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.dossiers.persistence.DossierListSql;
import fr.vigie.platform.api.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Measures the query path of the dossier screens over 100,000 generated dossiers
 * ({@link DossierDataGenerator}) on an embedded PostgreSQL migrated with the modules' own
 * Flyway scripts, and prints p50 / p95 / max per scenario against the 150 ms target:
 * <ul>
 * <li>the dossier file: the aggregate by reference with its collections, history and stages
 *     (the statements EclipseLink issues), the case's clocks with their events, its documents;</li>
 * <li>the instructors' list: the exact SQL of {@link DossierListSql} (page and count capped at
 *     {@link Page#COUNT_CAP}) for the usual filters and sorts, and a deep page (API);
 *     then the plans of the list statements.</li>
 * </ul>
 * Run: {@code mvn -Pbench-dossiers verify -pl bench -am -DskipTests}. Arguments: {@code [dossiers] [port]}.
 */
public final class DossierQueryBenchmark {
    static final int WARM_UP = 50;
    static final int RUNS = 300;
    static final double TARGET_MS = 150;

    private DossierQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55003;
        Path data = Files.createTempDirectory("vigie-dossier-bench-");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", port, data);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                // A throw-away database: zonky's defaults (fsync and synchronous commit off) are kept on purpose.
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrate(dataSource);
            try (Connection c = dataSource.getConnection()) {
                DossierDataGenerator.Result r = DossierDataGenerator.generate(c, count, 42L);
                System.out.printf(
                        "Generated %,d dossiers, %,d stages, %,d history events, %,d clocks in %.1f s%n",
                        r.dossiers(), r.stages(), r.events(), r.clocks(), r.seconds());
                profile(c);
                run(c);
            }
        }
    }

    /** Migrates the platform and dossiers schemas with their own scripts, as the application does. */
    public static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        for (String schema : List.of("platform", "dossiers")) {
            Flyway.configure(DossierQueryBenchmark.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .table("flyway_history_" + schema)
                    .placeholders(Map.of("app_role", "vigie_app"))
                    .load()
                    .migrate();
        }
    }

    private static void profile(Connection c) throws SQLException {
        System.out.println();
        System.out.println("Data set (dossiers.report_case, platform.clock):");
        query(c, "SELECT status, COUNT(*) FROM dossiers.dossier GROUP BY status ORDER BY 2 DESC");
        query(
                c,
                "SELECT 'authorised, data awaited > 2.5 years after submission' AS tail, COUNT(*) FROM dossiers.report_case"
                        + " WHERE status = 'DATA_PREPARATION' AND opened_on < DATE '" + DossierDataGenerator.TODAY
                        + "' - INTERVAL '30 months'");
        query(
                c,
                "SELECT procedure, COUNT(*) FILTER (WHERE target_reached_on IS NOT NULL) AS reached,"
                        + " round(avg(target_reached_on - (target_on - CASE WHEN procedure = 'EHDS_ANONYMISED' THEN 274 ELSE 243 END)))"
                        + " AS avg_days_to_access FROM dossiers.report_case GROUP BY procedure ORDER BY 1");
        query(
                c,
                "SELECT stage, COUNT(*) AS n, round(avg(COALESCE(ended_on, DATE '" + DossierDataGenerator.TODAY
                        + "') - started_on)) AS avg_days FROM dossiers.report_stage GROUP BY stage, stage_order ORDER BY stage_order");
        query(c, "SELECT status, COUNT(*) FROM platform.clock GROUP BY status ORDER BY 2 DESC");
    }

    private static void query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 1; i <= columns; i++) {
                    line.append(String.format("%-22s", r.getString(i)));
                }
                System.out.println(line);
            }
        }
        System.out.println();
    }

    private interface Operation {
        void run(Random random) throws SQLException;
    }

    private record Scenario(String name, Operation operation) {}

    /** A list scenario's filter and sort, kept to print its plans. */
    private record ListCase(DossierFilter filter, String sort, boolean ascending, int offset) {
        void run(Connection c) throws SQLException {
            list(c, filter, sort, ascending, offset);
        }
    }

    private static void run(Connection c) throws SQLException {
        List<String> references = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT reference FROM dossiers.dossier")) {
            while (r.next()) {
                references.add(r.getString(1));
            }
        }
        List<Scenario> scenarios = List.of(
                new Scenario(
                        "dossier file (aggregate, history, stages, clocks, documents)",
                        random -> file(c, references.get(random.nextInt(references.size())))),
                new Scenario(
                        "list: open dossiers, newest first, page 1",
                        random -> list(c, new DossierFilter(null, null, null, null, true), "submittedOn", false, 0)),
                new Scenario(
                        "list: decision pending, by stage due date",
                        random -> list(
                                c,
                                new DossierFilter("DECISION_PENDING", null, null, null, false),
                                "stageDueOn",
                                true,
                                0)),
                new Scenario(
                        "list: my open dossiers (one instructor)",
                        random -> list(
                                c,
                                new DossierFilter(null, null, "instructor" + (1 + random.nextInt(39)), null, true),
                                "submittedOn",
                                false,
                                0)),
                new Scenario(
                        "list: organisation name prefix, open",
                        random -> list(
                                c,
                                new DossierFilter(null, null, null, random.nextBoolean() ? "inst" : "chu", true),
                                "organisation",
                                true,
                                0)),
                new Scenario(
                        "list: national procedure, page 200",
                        random -> list(
                                c, new DossierFilter(null, "NATIONAL", null, null, false), "submittedOn", false, 5000)),
                new Scenario(
                        "list: reference lookup",
                        random -> list(
                                c,
                                new DossierFilter(
                                        null, null, null, references.get(random.nextInt(references.size())), false),
                                "submittedOn",
                                false,
                                0)));
        System.out.printf(
                "%-64s %6s %9s %9s %9s  %s%n",
                "scenario (page + capped count for lists)", "runs", "p50 ms", "p95 ms", "max ms", "p95 < 150 ms");
        for (Scenario scenario : scenarios) {
            Random random = new Random(7);
            for (int i = 0; i < WARM_UP; i++) {
                scenario.operation().run(random);
            }
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                scenario.operation().run(random);
                times[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(times);
            double p95 = times[(int) Math.ceil(RUNS * 0.95) - 1];
            System.out.printf(
                    "%-64s %6d %9.2f %9.2f %9.2f  %s%n",
                    scenario.name(), RUNS, times[RUNS / 2], p95, times[RUNS - 1], p95 < TARGET_MS ? "yes" : "NO");
        }
        System.out.println();
        System.out.println("Plans of the list statements (EXPLAIN ANALYZE, one run each):");
        for (ListCase lc : List.of(
                new ListCase(new DossierFilter(null, null, null, null, true), "submittedOn", false, 0),
                new ListCase(new DossierFilter(null, null, null, "inst", true), "organisation", true, 0),
                new ListCase(new DossierFilter(null, null, null, "chu", true), "organisation", true, 0),
                new ListCase(new DossierFilter(null, "NATIONAL", null, null, false), "submittedOn", false, 5000))) {
            explain(c, lc);
        }
    }

    private static void explain(Connection c, ListCase lc) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = DossierListSql.where(lc.filter(), params);
        for (String sql : List.of(
                DossierListSql.listSql(where, lc.sort(), lc.ascending(), 25, lc.offset()),
                DossierListSql.countSql(where, Page.COUNT_CAP))) {
            System.out.println("-- " + lc.filter() + " sort " + lc.sort() + " offset " + lc.offset());
            try (PreparedStatement q = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + jdbc(sql))) {
                bind(q, params);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        System.out.println("   " + r.getString(1));
                    }
                }
            }
        }
    }

    /** The statements behind the dossier page: what EclipseLink loads, then the platform's clocks and documents. */
    static void file(Connection c, String reference) throws SQLException {
        long id;
        String caseRef = "dossiers:" + reference;
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM dossiers.dossier WHERE reference = ?")) {
            q.setString(1, reference);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                id = r.getLong("id");
            }
        }
        for (String sql : List.of(
                "SELECT name FROM dossiers.named_person WHERE dossier_id = ? ORDER BY position",
                "SELECT prohibited_use FROM dossiers.declaration WHERE dossier_id = ?",
                "SELECT document_id FROM dossiers.attachment WHERE dossier_id = ?",
                "SELECT * FROM dossiers.dossier_event WHERE dossier_id = ? ORDER BY occurred_at, id",
                "SELECT * FROM dossiers.dossier_stage WHERE dossier_id = ? ORDER BY started_on, id")) {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setLong(1, id);
                drain(q);
            }
        }
        List<Long> clocks = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM platform.clock WHERE case_ref = ? ORDER BY id")) {
            q.setString(1, caseRef);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    clocks.add(r.getLong("id"));
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement(
                "SELECT * FROM platform.clock_event WHERE clock_id = ANY (?) ORDER BY clock_id, id")) {
            Array ids = c.createArrayOf("bigint", clocks.toArray());
            q.setArray(1, ids);
            drain(q);
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id, module, case_ref, filename, content_type, size_bytes,"
                + " sha256, uploaded_by, uploaded_at FROM platform.document WHERE case_ref = ? ORDER BY uploaded_at")) {
            q.setString(1, caseRef);
            drain(q);
        }
    }

    static void list(Connection c, DossierFilter filter, String sort, boolean ascending, int offset)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = DossierListSql.where(filter, params);
        try (PreparedStatement q =
                c.prepareStatement(jdbc(DossierListSql.listSql(where, sort, ascending, 25, offset)))) {
            bind(q, params);
            drain(q);
        }
        try (PreparedStatement q = c.prepareStatement(jdbc(DossierListSql.countSql(where, Page.COUNT_CAP)))) {
            bind(q, params);
            drain(q);
        }
    }

    /** JPA positional parameters ({@code ?1}) as JDBC ones. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }

    private static void bind(PreparedStatement q, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            q.setObject(i + 1, params.get(i));
        }
    }

    private static void drain(PreparedStatement q) throws SQLException {
        try (ResultSet r = q.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
            }
        }
    }
}
