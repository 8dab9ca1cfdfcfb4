package fr.vigie.bench.sanctions;

import fr.vigie.sanctions.application.CaseFilter;
import fr.vigie.sanctions.persistence.CaseListSql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Generates sanction cases and formal notices ({@link SanctionDataGenerator}) on an embedded
 * PostgreSQL migrated with the module's own Flyway scripts, then times the list page's SQL — the
 * very statements of {@link CaseListSql} (a page of 25 rows and its count) — for the usual filters
 * and sorts, and prints p50 / p95 / max against the target, p95 &lt; 150 ms.
 *
 * <p>Run: {@code mvn -o -Pbench-sanctions verify -pl bench -am -DskipTests}. Arguments:
 * {@code -Dsanction.bench.args="[cases] [port]"}, 10 000 cases on port 55017 by default.
 */
public final class SanctionQueryBenchmark {
    static final int WARM_UP = 30;
    static final int RUNS = 200;
    static final double TARGET_MS = 150;

    private SanctionQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55017;
        Path data = Files.createTempDirectory("vigie-sanction-bench-");
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
                SanctionDataGenerator.generate(c, count);
                System.out.printf(
                        "Generated %,d sanction cases and %,d formal notices in %.1f s%n",
                        count, count / 2, (System.nanoTime() - started) / 1e9);
                listScenarios(c);
            }
        }
    }

    static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        Flyway.configure(SanctionQueryBenchmark.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("sanctions")
                .createSchemas(true)
                .locations("classpath:db/migration/sanctions")
                .table("flyway_history_sanctions")
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
    }

    private static void listScenarios(Connection c) throws SQLException {
        System.out.println();
        System.out.printf("List page (25 rows + count), target p95 < %.0f ms:%n", TARGET_MS);
        record Scenario(String name, CaseFilter filter, String sort, boolean ascending, int offset) {}
        List<Scenario> scenarios = List.of(
                new Scenario("no filter, newest first", CaseFilter.all(), "openedOn", false, 0),
                new Scenario(
                        "open cases, next deadline first",
                        new CaseFilter("CASE", null, null, null, null, true),
                        "nextDueOn",
                        true,
                        0),
                new Scenario(
                        "status HEARING_SCHEDULED, by hearing",
                        new CaseFilter("CASE", "HEARING_SCHEDULED", null, null, null, true),
                        "hearingOn",
                        true,
                        0),
                new Scenario(
                        "rapporteur's cases",
                        new CaseFilter("CASE", null, null, "rapporteur7", null, true),
                        "nextDueOn",
                        true,
                        0),
                new Scenario(
                        "simplified procedure",
                        new CaseFilter(null, null, "SIMPLIFIED", null, null, false),
                        "status",
                        true,
                        0),
                new Scenario(
                        "text (organisation name)",
                        new CaseFilter(null, null, null, null, "Organisme 12", false),
                        "organisation",
                        true,
                        0),
                new Scenario(
                        "text (SIREN prefix)",
                        new CaseFilter(null, null, null, null, "0000", false),
                        "reference",
                        true,
                        0),
                new Scenario(
                        "formal notices only",
                        new CaseFilter("NOTICE", null, null, null, null, false),
                        "openedOn",
                        false,
                        0),
                new Scenario("deep page (offset 10 000)", CaseFilter.all(), "reference", true, 10_000));
        for (Scenario sc : scenarios) {
            CaseListSql.Statement page =
                    CaseListSql.pageStatement(sc.filter(), sc.sort(), sc.ascending(), sc.offset(), 25);
            CaseListSql.Statement count = CaseListSql.countStatement(sc.filter());
            double[] times = time(() -> {
                run(c, page);
                run(c, count);
            });
            report(sc.name(), times);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static double[] time(Work work) throws SQLException {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String name, double[] sorted) {
        double p50 = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf(
                "  %-38s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  %s%n",
                name, p50, p95, sorted[sorted.length - 1], p95 < TARGET_MS ? "OK" : "OVER TARGET");
    }

    private static void run(Connection c, CaseListSql.Statement statement) throws SQLException {
        // The module's native queries use JPA's ?1 style; JDBC wants plain ?, in the order of use.
        List<Object> params = new ArrayList<>();
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(statement.sql());
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            params.add(statement.params().get(Integer.parseInt(m.group(1)) - 1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement q = c.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < params.size(); i++) {
                q.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }
}
