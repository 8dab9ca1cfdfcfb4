package fr.vigie.bench.complaints;

import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.persistence.WorklistSql;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The work list over a million complaints: generates them ({@link ComplaintDataGenerator}) on a
 * fresh embedded PostgreSQL migrated with the modules' own Flyway scripts, then times the page
 * requests the screen makes (the statements of {@link WorklistSql}: one page of rows, then the
 * capped count) for the usual filter and sort shapes, and the French full-text searches, and prints
 * p50 / p95 / max per shape. Targets (issue 4): filtered, sorted page p95 &lt; 150 ms; full-text
 * search p95 &lt; 300 ms.
 *
 * <p>Run: {@code mvn -o -Pbench-complaints verify -pl bench -am -DskipTests}. Arguments:
 * {@code [complaints] [port] [rounds] [kept data directory]}.
 */
public final class ComplaintWorklistBenchmark {
    static final int DEFAULT_COMPLAINTS = 1_000_000;
    static final int DEFAULT_PORT = 55_002;
    static final int PAGE = 20;
    static final Set<String> OPEN = Set.of("ACKNOWLEDGED", "QUALIFIED", "ASSIGNED", "UNDER_INSTRUCTION");

    private ComplaintWorklistBenchmark() {}

    /** One kind of request the screen makes, with a parameter varying by round. */
    private record Shape(String name, boolean fullText, IntFunction<Request> request) {}

    private record Request(WorklistFilter filter, String sort, boolean ascending, int offset) {}

    public static void main(String[] args) throws Exception {
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COMPLAINTS;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        // A kept data directory (4th argument) is reused: pending migrations (new indexes) are applied
        // to the generated data and the queries measured again, without generating anew.
        Path data = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("vigie-complaints-bench-");
        boolean reuse = Files.exists(data.resolve("PG_VERSION"));
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%s%n", port, data, reuse ? " (reused)" : "");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(args.length <= 3)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                // A throw-away database regenerated at will: no crash safety needed while loading.
                // wal_level=minimal lets COPY into tables truncated in the same transaction, and the
                // index builds, skip the WAL; fsync off keeps the shared disk out of the figures.
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("autovacuum", "off")
                .setServerConfig("max_parallel_maintenance_workers", "1")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrate(dataSource);
            try (Connection c = dataSource.getConnection()) {
                if (!reuse) {
                    System.out.println("Load before generating: " + loadAverage());
                    ComplaintDataGenerator.Summary summary =
                            ComplaintDataGenerator.generate(c, complaints, 42L, dataSource::getConnection);
                    System.out.println("Generated " + summary);
                    System.out.println("Load after generating: " + loadAverage());
                }
                describe(c);
                measure(c, rounds);
            }
        }
    }

    /** The platform's and the complaints module's own migrations, as the application runs them. */
    public static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        for (String schema : List.of("platform", "complaints")) {
            Flyway.configure(ComplaintWorklistBenchmark.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .placeholders(Map.of("app_role", "vigie_app"))
                    .load()
                    .migrate();
        }
    }

    private static void describe(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT status, COUNT(*) FROM complaints.complaint GROUP BY status ORDER BY 1")) {
            StringBuilder line = new StringBuilder("Statuses:");
            while (rs.next()) {
                line.append(String.format(" %s %,d", rs.getString(1), rs.getLong(2)));
            }
            System.out.println(line);
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT cs.state, COUNT(*)"
                        + " FROM complaints.complaint c JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                        + " WHERE c.status <> 'CLOSED' GROUP BY 1 ORDER BY 1")) {
            StringBuilder line = new StringBuilder("Art. 78(2) clocks of open complaints:");
            while (rs.next()) {
                line.append(String.format(" %s %,d", rs.getString(1), rs.getLong(2)));
            }
            System.out.println(line);
        }
    }

    private static void measure(Connection c, int rounds) throws SQLException {
        List<String> sirens = column(
                c,
                "SELECT organisation_siren FROM complaints.complaint WHERE organisation_siren"
                        + " IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 50");
        List<String> handlers = ComplaintDataGenerator.defaultHandlers();
        LocalDate latest = LocalDate.now();
        String[] fragments = {"mistral", "azur", "clinique", "banque", "horizon", "vauban", "télécom", "mutuelle"};
        String[] categories = {"HEALTH_DATA", "MINORS", "SECURITY_BREACH", "MARKETING", "ACCESS_RIGHT"};
        String[] common = {
            "prospection",
            "caméra",
            "données de santé",
            "fuite de données",
            "désinscription",
            "employeur",
            "suppression",
            "banque"
        };
        String[] rare = {"Aurillac", "Mende", "Guéret", "Papeete", "Cayenne", "Tulle", "Hoëdic", "empreintes"};
        String[] phrases = {
            "\"dossier médical\"",
            "\"reconnaissance faciale\"",
            "\"droit d'accès\"",
            "\"fichier des incidents\"",
            "\"voie publique\"",
            "\"mot de passe\""
        };
        String[] combined = {
            "caméra école",
            "cookies -bandeau",
            "SMS Bloctel",
            "géolocalise véhicule",
            "piratés IBAN",
            "enfant localisation"
        };
        List<Shape> shapes = List.of(
                new Shape("no filter, newest first", false, i -> request(filter(), "receivedOn", false, 0)),
                new Shape(
                        "no filter, last page the count reaches (offset 975)",
                        false,
                        i -> request(filter(), "receivedOn", false, 975)),
                new Shape(
                        "open statuses, newest first",
                        false,
                        i -> request(
                                filter(OPEN, null, null, null, null, null, null, null, null), "receivedOn", false, 0)),
                new Shape(
                        "one status, by organisation",
                        false,
                        i -> request(
                                filter(Set.of("ASSIGNED"), null, null, null, null, null, null, null, null),
                                "organisation",
                                true,
                                0)),
                new Shape(
                        "my complaints (assignee, open), by priority",
                        false,
                        i -> request(
                                filter(
                                        OPEN,
                                        handlers.get(i % handlers.size()),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                "priority",
                                false,
                                0)),
                new Shape(
                        "Art. 78(2) at risk, by due date",
                        false,
                        i -> request(
                                filter(null, null, null, null, null, "AT_RISK", null, null, null),
                                "informDue",
                                true,
                                0)),
                new Shape(
                        "Art. 78(2) breached, by due date",
                        false,
                        i -> request(
                                filter(null, null, null, null, null, "BREACHED", null, null, null),
                                "informDue",
                                true,
                                0)),
                new Shape(
                        "category + priority HIGH, newest first",
                        false,
                        i -> request(
                                filter(
                                        null,
                                        null,
                                        null,
                                        categories[i % categories.length],
                                        "HIGH",
                                        null,
                                        null,
                                        null,
                                        null),
                                "receivedOn",
                                false,
                                0)),
                new Shape(
                        "organisation SIREN (repeat offender)",
                        false,
                        i -> request(
                                filter(null, null, sirens.get(i % sirens.size()), null, null, null, null, null, null),
                                "receivedOn",
                                false,
                                0)),
                new Shape(
                        "organisation name fragment, by status",
                        false,
                        i -> request(
                                filter(null, null, fragments[i % fragments.length], null, null, null, null, null, null),
                                "status",
                                true,
                                0)),
                new Shape("received in one month, by reference (chronological)", false, i -> {
                    LocalDate from = latest.minusMonths(1 + i % 24).withDayOfMonth(1);
                    return request(
                            filter(
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    from,
                                    from.plusMonths(1).minusDays(1),
                                    null),
                            "reference",
                            false,
                            0);
                }),
                new Shape(
                        "all filters but text",
                        false,
                        i -> request(
                                filter(
                                        OPEN,
                                        handlers.get(i % handlers.size()),
                                        null,
                                        categories[i % categories.length],
                                        null,
                                        null,
                                        latest.minusYears(1),
                                        latest,
                                        null),
                                "receivedOn",
                                false,
                                0)),
                new Shape(
                        "full text: common word",
                        true,
                        i -> request(text(common[i % common.length]), "receivedOn", false, 0)),
                new Shape(
                        "full text: rare word",
                        true,
                        i -> request(text(rare[i % rare.length]), "receivedOn", false, 0)),
                new Shape(
                        "full text: phrase",
                        true,
                        i -> request(text(phrases[i % phrases.length]), "receivedOn", false, 0)),
                new Shape(
                        "full text: words, exclusion",
                        true,
                        i -> request(text(combined[i % combined.length]), "receivedOn", false, 0)),
                new Shape(
                        "full text + open statuses",
                        true,
                        i -> request(
                                filter(OPEN, null, null, null, null, null, null, null, common[i % common.length]),
                                "receivedOn",
                                false,
                                0)));

        System.out.println();
        System.out.println("Load before measuring: " + loadAverage());
        System.out.printf(
                "%-46s %8s %8s %8s %9s  %s%n",
                "work list page request (rows + count)", "p50 ms", "p95 ms", "max ms", "matches", "target");
        for (Shape shape : shapes) {
            for (int i = 0; i < 5; i++) {
                run(c, shape.request().apply(i));
            }
            double[] times = new double[rounds];
            long matches = 0;
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                matches = Math.max(matches, run(c, shape.request().apply(i)));
                times[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(times);
            double p95 = percentile(times, 95);
            int target = shape.fullText() ? 300 : 150;
            System.out.printf(
                    "%-46s %8.1f %8.1f %8.1f %9s  %s%n",
                    shape.name(),
                    percentile(times, 50),
                    p95,
                    times[times.length - 1],
                    matches > Page.COUNT_CAP ? String.format("%,d+", Page.COUNT_CAP) : String.format("%,d", matches),
                    (p95 < target ? "OK" : "MISSED") + " (< " + target + ")");
        }
        double[] counters = new double[rounds];
        for (int i = 0; i < rounds + 5; i++) {
            long started = System.nanoTime();
            column(
                    c,
                    "SELECT cs.state || ' ' || COUNT(*) FROM complaints.complaint c"
                            + " JOIN complaints.clock_status cs ON cs.clock_id = c.inform_clock_id"
                            + " WHERE c.status <> 'CLOSED' AND cs.state IN ('AT_RISK', 'BREACHED') GROUP BY cs.state");
            if (i >= 5) {
                counters[i - 5] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(counters);
        System.out.printf(
                "%-46s %8.1f %8.1f %8.1f%n",
                "Art. 78(2) counters (at risk / breached)",
                percentile(counters, 50),
                percentile(counters, 95),
                counters[counters.length - 1]);
        System.out.println("Load after measuring: " + loadAverage());
    }

    /** The machine's load average (1, 5, 15 minutes), printed next to the figures: the cores are shared. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static Request request(WorklistFilter filter, String sort, boolean ascending, int offset) {
        return new Request(filter, sort, ascending, offset);
    }

    private static WorklistFilter filter() {
        return WorklistFilter.none();
    }

    private static WorklistFilter text(String text) {
        return filter(null, null, null, null, null, null, null, null, text);
    }

    private static WorklistFilter filter(
            Set<String> statuses,
            String assignee,
            String organisation,
            String category,
            String priority,
            String clockState,
            LocalDate from,
            LocalDate to,
            String text) {
        return new WorklistFilter(statuses, assignee, organisation, category, priority, clockState, from, to, text);
    }

    /** One page request as the screen makes it; returns the (capped) number of matches. */
    private static long run(Connection c, Request r) throws SQLException {
        Sql page = WorklistSql.page(r.filter(), r.sort(), r.ascending(), r.offset(), PAGE);
        int rows = 0;
        try (PreparedStatement ps = prepare(c, page);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getString(1);
                rows++;
            }
        }
        Sql count = WorklistSql.count(r.filter(), Page.COUNT_CAP);
        try (PreparedStatement ps = prepare(c, count);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long total = rs.getLong(1);
            if (rows == 0 && total > r.offset()) {
                throw new IllegalStateException("page empty but " + total + " matches");
            }
            return total;
        }
    }

    private static PreparedStatement prepare(Connection c, Sql statement) throws SQLException {
        PreparedStatement ps = c.prepareStatement(statement.jdbcSql());
        for (int i = 0; i < statement.params().size(); i++) {
            ps.setObject(i + 1, statement.params().get(i));
        }
        return ps;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
