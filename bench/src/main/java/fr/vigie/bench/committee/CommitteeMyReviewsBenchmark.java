package fr.vigie.bench.committee;

import fr.vigie.committee.persistence.MyReviewsSql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * "My dossiers to review" with the review data of 100,000 dossiers: p50/p95/max of the query path
 * the screen runs (one page + its count, the SQL of {@link MyReviewsSql}), per variant, on a fresh
 * embedded PostgreSQL migrated with the committee's own Flyway scripts and filled by
 * {@link CommitteeDataGenerator}. Target: p95 below 150 ms.
 *
 * <p>Run: {@code mvn -Pbench-committee verify -pl bench -am -DskipTests} (see README).
 * Arguments: {@code [dossiers] [port] [iterations]}.
 */
public final class CommitteeMyReviewsBenchmark {
    static final int DEFAULT_DOSSIERS = 100_000;
    static final int DEFAULT_ITERATIONS = 400;
    static final double TARGET_P95_MS = 150;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final Pattern POSITIONAL = Pattern.compile("\\?(\\d+)");

    private CommitteeMyReviewsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_DOSSIERS;
        int port = args.length > 1 && !"0".equals(args[1]) ? Integer.parseInt(args[1]) : freePort();
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ITERATIONS;
        Path data = Files.createTempDirectory("vigie-committee-bench-");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", port, data);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                // A throw-away database: zonky's defaults (fsync and synchronous commit off) are kept on purpose.
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB")
                // A shared, busy machine can take more than zonky's default 10 s to start PostgreSQL.
                .setPGStartupWait(java.time.Duration.ofMinutes(2))
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            CommitteeDataGenerator.Summary summary = prepare(dataSource, dossiers);
            run(dataSource, summary, iterations);
        }
    }

    static CommitteeDataGenerator.Summary prepare(DataSource dataSource, int dossiers)
            throws SQLException, IOException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE vigie_app LOGIN");
        }
        Flyway.configure(CommitteeMyReviewsBenchmark.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("committee")
                .createSchemas(true)
                .locations("classpath:db/migration/committee")
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
        long started = System.nanoTime();
        CommitteeDataGenerator.Summary summary;
        try (Connection c = dataSource.getConnection()) {
            summary = CommitteeDataGenerator.generate(c, CommitteeDataGenerator.Settings.of(dossiers, TODAY));
        }
        System.out.printf(
                "Generated %,d reviews (%,d open), %,d sessions, %,d votes, %,d recusals, %,d documents in %.1f s%n",
                summary.reviews(),
                summary.openReviews(),
                summary.sessions(),
                summary.votes(),
                summary.recusals(),
                summary.documents(),
                (System.nanoTime() - started) / 1e9);
        return summary;
    }

    /** One variant of the screen's request. */
    record Variant(String label, String sort, boolean ascending, boolean rapporteurOnly, int offset) {}

    static void run(DataSource dataSource, CommitteeDataGenerator.Summary summary, int iterations) throws SQLException {
        List<Variant> variants = List.of(
                new Variant("first page, by due date (default)", "opinionDueDate", true, false, 0),
                new Variant("second page, by due date", "opinionDueDate", true, false, 25),
                new Variant("first page, by session date desc", "sessionDate", false, false, 0),
                new Variant("first page, by applicant", "applicantName", true, false, 0),
                new Variant("rapporteur only", "opinionDueDate", true, true, 0));
        Random random = new Random(7);
        System.out.println();
        System.out.printf(
                "%-36s %8s %9s %9s %9s %9s %7s%n",
                "my dossiers to review (page + count)", "runs", "p50 ms", "p95 ms", "max ms", "rows", "p95<150");
        System.out.println("-".repeat(96));
        try (Connection c = dataSource.getConnection()) {
            for (Variant v : variants) {
                String pageSql = POSITIONAL
                        .matcher(MyReviewsSql.page(v.sort(), v.ascending()))
                        .replaceAll("?");
                String countSql = POSITIONAL.matcher(MyReviewsSql.count()).replaceAll("?");
                int[] pageOrder = order(MyReviewsSql.page(v.sort(), v.ascending()));
                int[] countOrder = order(MyReviewsSql.count());
                // Warm-up, as a running server would be.
                for (int i = 0; i < 20; i++) {
                    once(
                            c,
                            pageSql,
                            pageOrder,
                            countSql,
                            countOrder,
                            summary.members().get(i % summary.members().size()),
                            v);
                }
                double[] times = new double[iterations];
                long rows = 0;
                for (int i = 0; i < iterations; i++) {
                    String member = summary.members()
                            .get(random.nextInt(summary.members().size()));
                    long started = System.nanoTime();
                    rows += once(c, pageSql, pageOrder, countSql, countOrder, member, v);
                    times[i] = (System.nanoTime() - started) / 1e6;
                }
                Arrays.sort(times);
                double p95 = percentile(times, 95);
                System.out.printf(
                        "%-36s %8d %9.2f %9.2f %9.2f %9.1f %7s%n",
                        v.label(),
                        iterations,
                        percentile(times, 50),
                        p95,
                        times[times.length - 1],
                        rows / (double) iterations,
                        p95 < TARGET_P95_MS ? "yes" : "NO");
            }
            explain(c, summary.members().get(1));
        }
    }

    /** Runs the page and the count for one member; returns the page's row count. */
    private static int once(
            Connection c, String pageSql, int[] pageOrder, String countSql, int[] countOrder, String member, Variant v)
            throws SQLException {
        Object[] values = {member, v.rapporteurOnly(), 25, v.offset()};
        int rows = 0;
        try (PreparedStatement page = c.prepareStatement(pageSql)) {
            bind(page, pageOrder, values);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        try (PreparedStatement count = c.prepareStatement(countSql)) {
            bind(count, countOrder, values);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
            }
        }
        return rows;
    }

    private static void explain(Connection c, String member) throws SQLException {
        String sql = MyReviewsSql.page("opinionDueDate", true)
                .replace("?1", "'" + member + "'")
                .replace("?2", "FALSE")
                .replace("?3", "25")
                .replace("?4", "0");
        System.out.println();
        System.out.println("Plan of the default page (EXPLAIN ANALYZE):");
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    /** The JPA-style positional parameters (?1, ?2...) in order of appearance, for JDBC's plain '?'. */
    private static int[] order(String sql) {
        Matcher m = POSITIONAL.matcher(sql);
        List<Integer> order = new ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void bind(PreparedStatement statement, int[] order, Object[] values) throws SQLException {
        for (int i = 0; i < order.length; i++) {
            statement.setObject(i + 1, values[order[i] - 1]);
        }
    }

    private static double percentile(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
