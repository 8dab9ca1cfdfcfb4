package fr.vigie.bench.inspections;

import fr.vigie.inspections.application.InspectionFilter;
import fr.vigie.inspections.persistence.InspectionListSql;
import fr.vigie.platform.api.Page;
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
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Generates inspections with their histories (team, findings, addenda, timeline) in SQL on an
 * embedded PostgreSQL migrated with the module's own Flyway scripts, then measures the query path of
 * the two screens and prints p50 / p95 / max against the issue's targets:
 * <ul>
 * <li>the list: the exact SQL of {@link InspectionListSql} (page and capped count) for the usual
 *     filters and sorts — target p95 &lt; 150 ms;</li>
 * <li>the file: the statements EclipseLink issues for one inspection by reference (the row, its team,
 *     findings, addenda and timeline) — target p95 &lt; 100 ms.</li>
 * </ul>
 * Run: {@code mvn -Pbench-inspections verify -pl bench -am -DskipTests}. Arguments: {@code [inspections] [port]}.
 */
public final class InspectionQueryBenchmark {
    static final int WARM_UP = 30;
    static final int RUNS = 200;

    private InspectionQueryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55013;
        Path data = Files.createTempDirectory("vigie-inspection-bench-");
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
                generate(c, count);
                System.out.printf(
                        "Generated %,d inspections with their histories in %.1f s%n",
                        count, (System.nanoTime() - started) / 1e9);
                listScenarios(c);
                fileScenario(c, count);
            }
        }
    }

    static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        Flyway.configure(InspectionQueryBenchmark.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("inspections")
                .createSchemas(true)
                .locations("classpath:db/migration/inspections")
                .table("flyway_history_inspections")
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
    }

    /**
     * Inspections spread over five years, every status, 2 000 organisations, 12 inspectors; each
     * with a team of two, a timeline of one event per stage passed, findings and an addendum for the
     * notified ones. Deterministic (generate_series and hashes, no randomness).
     */
    static void generate(Connection c, int count) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO inspections.inspection (reference, origin, origin_case, type, theme, planned_year, planned_quarter,
                        organisation_name, organisation_number, organisation_country, sensitive_data, minors, subject, status,
                        lead_inspector, mission_place, mission_date, mission_prepared_by, mission_signed_by, mission_signed_on,
                        minutes_people_met, minutes_text, minutes_notified_on, minutes_sha256, observations_due_on,
                        observations_received_on, outcome, outcome_reason, opened_on, opened_by, closed_on, closed_by)
                    SELECT format('CTL-%s-%s', 2022 + g % 5, lpad(g::text, 6, '0')),
                           (ARRAY['PROGRAMME','PROGRAMME','PROGRAMME','COMPLAINT','BREACH_NOTIFICATION','OWN_INITIATIVE'])[1 + g % 6],
                           CASE WHEN g % 6 = 3 THEN format('complaints:PL-%s-%s', 2022 + g % 5, lpad(g::text, 6, '0')) END,
                           (ARRAY['ON_SITE','ONLINE','DOCUMENTS','HEARING'])[1 + g % 4],
                           (ARRAY['ARTIFICIAL_INTELLIGENCE','MINORS','CYBERSECURITY','EVERYDAY_DIGITAL','HEALTH_DATA'])[1 + (g / 7) % 5],
                           2022 + g % 5, 1 + (g / 3) % 4,
                           format('Organisme %s SAS', g % 2000), lpad(((g % 2000) * 4099 % 999999999)::text, 9, '0'), 'FR',
                           g % 11 = 0, g % 13 = 0, 'Objet du contrôle ' || g, st.status,
                           CASE WHEN st.n >= 2 THEN 'inspector' || (g % 12) END,
                           CASE WHEN st.n >= 2 THEN 'Siège' END, CASE WHEN st.n >= 2 THEN DATE '2022-01-10' + (g % 1700) END,
                           CASE WHEN st.n >= 2 THEN 'head' END, CASE WHEN st.n >= 3 THEN 'president' END,
                           CASE WHEN st.n >= 3 THEN DATE '2022-01-05' + (g % 1700) END,
                           CASE WHEN st.n >= 3 THEN 'Le DPO' END, CASE WHEN st.n >= 3 THEN repeat('Constat détaillé. ', 40) END,
                           CASE WHEN st.n >= 4 THEN DATE '2022-02-01' + (g % 1700) END,
                           CASE WHEN st.n >= 4 THEN md5(g::text) || md5((g + 1)::text) END,
                           CASE WHEN st.n >= 4 THEN DATE '2022-02-16' + (g % 1700) END,
                           CASE WHEN st.n >= 5 THEN DATE '2022-02-12' + (g % 1700) END,
                           CASE WHEN st.n = 6 THEN (ARRAY['NO_ACTION','RECOMMENDATIONS','FORMAL_NOTICE_PROPOSED','REFERRAL_TO_SANCTIONS'])[1 + g % 4] END,
                           CASE WHEN st.n = 6 THEN 'Motif' END,
                           DATE '2022-01-01' + (g % 1700), 'head',
                           CASE WHEN st.n = 6 THEN DATE '2022-03-01' + (g % 1700) END, CASE WHEN st.n = 6 THEN 'head' END
                    FROM generate_series(1, #COUNT#) g
                    CROSS JOIN LATERAL (SELECT (ARRAY['PLANNED','PREPARED','CONDUCTED','MINUTES_NOTIFIED','OBSERVATIONS_CLOSED',
                        'CLOSED','CLOSED','CLOSED'])[1 + g % 8] AS status,
                        (ARRAY[1,2,3,4,5,6,6,6])[1 + g % 8] AS n) st
                    """.replace("#COUNT#", Integer.toString(count)));
            s.execute(
                    "INSERT INTO inspections.team_member (inspection_id, username) SELECT id, 'inspector' || ((id + 5) % 12)"
                            + " FROM inspections.inspection WHERE lead_inspector IS NOT NULL");
            s.execute(
                    "INSERT INTO inspections.finding (inspection_id, article, severity, description, in_addendum, recorded_by,"
                            + " recorded_at) SELECT i.id, 'RGPD art. 32', (ARRAY['MINOR','SIGNIFICANT','SERIOUS'])[1 + (i.id + k) % 3],"
                            + " 'Manquement constaté ' || k, FALSE, i.lead_inspector, i.opened_on + 30"
                            + " FROM inspections.inspection i CROSS JOIN generate_series(1, 2) k WHERE i.minutes_text IS NOT NULL");
            s.execute("INSERT INTO inspections.addendum (inspection_id, author, written_at, reason, text)"
                    + " SELECT id, lead_inspector, minutes_notified_on + 3, 'Erreur matérielle', 'Correction du nom du DPO'"
                    + " FROM inspections.inspection WHERE minutes_notified_on IS NOT NULL AND id % 4 = 0");
            s.execute(
                    "INSERT INTO inspections.inspection_event (inspection_id, type, occurred_at, occurred_on, actor, detail)"
                            + " SELECT i.id, e.type, (i.opened_on + e.k * 10)::timestamptz, i.opened_on + e.k * 10, 'head', NULL"
                            + " FROM inspections.inspection i CROSS JOIN LATERAL (SELECT k, (ARRAY['OPENED','PREPARED','CONDUCTED',"
                            + "'MINUTES_NOTIFIED','OBSERVATIONS_RECEIVED','CLOSED'])[k] AS type FROM generate_series(1, 6) k) e"
                            + " WHERE e.k <= (ARRAY[1,2,3,4,5,6,6,6])[1 + i.id % 8]");
            s.execute("ANALYZE");
        }
    }

    private static void listScenarios(Connection c) throws SQLException {
        System.out.println();
        System.out.println("List page (25 rows + capped count), target p95 < 150 ms:");
        record Scenario(String name, InspectionFilter filter, String sort, boolean ascending, int offset) {}
        List<Scenario> scenarios = List.of(
                new Scenario("no filter, newest first", InspectionFilter.none(), "openedOn", false, 0),
                new Scenario(
                        "status PLANNED, by quarter",
                        new InspectionFilter(null, null, "PLANNED", null, null, null, null, null),
                        "quarter",
                        true,
                        0),
                new Scenario(
                        "theme + year, by organisation",
                        new InspectionFilter("MINORS", null, null, null, null, 2025, null, null),
                        "organisation",
                        true,
                        0),
                new Scenario(
                        "inspector (lead or member)",
                        new InspectionFilter(null, null, null, null, "inspector7", null, null, null),
                        "nextDeadline",
                        true,
                        0),
                new Scenario(
                        "organisation name prefix",
                        new InspectionFilter(null, null, null, "Organisme 12", null, null, null, null),
                        "openedOn",
                        false,
                        0),
                new Scenario(
                        "origin + type + quarter",
                        new InspectionFilter(null, "ON_SITE", null, null, null, null, 2, "PROGRAMME"),
                        "status",
                        true,
                        0),
                new Scenario("deep page (offset 10 000)", InspectionFilter.none(), "reference", true, 10_000));
        for (Scenario sc : scenarios) {
            InspectionListSql.Statement page =
                    InspectionListSql.page(sc.filter(), sc.sort(), sc.ascending(), sc.offset(), 25);
            InspectionListSql.Statement count = InspectionListSql.count(sc.filter(), Page.COUNT_CAP);
            double[] times = time(() -> {
                run(c, page);
                run(c, count);
            });
            report(sc.name(), times, 150);
        }
    }

    private static void fileScenario(Connection c, int count) throws SQLException {
        System.out.println();
        System.out.println("Inspection file (row, team, findings, addenda, timeline), target p95 < 100 ms:");
        Random random = new Random(7);
        String[] statements = {
            "SELECT * FROM inspections.inspection WHERE reference = ?",
            "SELECT username FROM inspections.team_member WHERE inspection_id = (SELECT id FROM inspections.inspection WHERE reference = ?)",
            "SELECT * FROM inspections.finding WHERE inspection_id = (SELECT id FROM inspections.inspection WHERE reference = ?) ORDER BY id",
            "SELECT * FROM inspections.addendum WHERE inspection_id = (SELECT id FROM inspections.inspection WHERE reference = ?) ORDER BY id",
            "SELECT * FROM inspections.inspection_event WHERE inspection_id = (SELECT id FROM inspections.inspection WHERE reference = ?)"
                    + " ORDER BY occurred_at, id"
        };
        double[] times = time(() -> {
            int g = 1 + random.nextInt(count);
            String reference = String.format("CTL-%s-%06d", 2022 + g % 5, g);
            for (String sql : statements) {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setString(1, reference);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
            }
        });
        report("file by reference", times, 100);
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

    private static void report(String name, double[] sorted, double targetMs) {
        double p50 = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf(
                "  %-34s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  %s%n",
                name, p50, p95, sorted[sorted.length - 1], p95 < targetMs ? "OK" : "OVER TARGET");
    }

    private static void run(Connection c, InspectionListSql.Statement statement) throws SQLException {
        // The application's native queries use JPA's ?1 style; JDBC wants plain ?, in the same order of first use.
        List<Object> params = new ArrayList<>();
        String sql = statement.sql();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(sql);
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
