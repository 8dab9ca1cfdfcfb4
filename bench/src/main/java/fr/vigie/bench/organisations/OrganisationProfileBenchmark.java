package fr.vigie.bench.organisations;

import fr.vigie.complaints.application.ComplaintClocks;
import fr.vigie.complaints.persistence.ComplaintsProfileSql;
import fr.vigie.inspections.domain.RiskRules;
import fr.vigie.inspections.persistence.InspectionsProfileSql;
import fr.vigie.inspections.persistence.RiskFactsSql;
import fr.vigie.platform.api.organisation.profile.OrganisationProfileContribution;
import fr.vigie.sanctions.persistence.SanctionsProfileSql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The organisation 360° page's queries (ADR 9) for an organisation with many complaints: the
 * statements the complaints, inspections, risk and sanctions contributions run (their published SQL
 * constants, so the benchmark times what the page runs), on an embedded PostgreSQL migrated with the
 * modules' own scripts. One organisation has {@code target} complaints (10 000 by default), each with
 * its GDPR Art. 78(2) clock (a tenth breached); {@code others} complaints (190 000) belong to 20 000
 * other organisations. Prints p50 / p95 / max of one whole profile (every statement, as a manager who
 * is also head of inspections would cause) against the target of 200 ms p95.
 *
 * <p>Run: {@code mvn -o -Pbench-organisation-profile verify -pl bench -am -DskipTests}; arguments
 * {@code -Dprofile.bench.args="[target] [others] [port]"}.
 */
public final class OrganisationProfileBenchmark {
    static final String SIREN = "552100554";

    /**
     * The directory id of the organisation timed. The generator links every generated case as the
     * backfill would ({@code organisation_id} set, one id per SIREN: the SIREN's number), so the
     * statements run on the directory-id indexes as after a completed backfill, and their
     * "not linked yet, by SIREN" branch finds no row.
     */
    static final long DIRECTORY_ID = Long.parseLong(SIREN);

    static final int WARM_UP = 20;
    static final int RUNS = 200;
    static final double TARGET_MS = 200;
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private OrganisationProfileBenchmark() {}

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int others = args.length > 1 ? Integer.parseInt(args[1]) : 190_000;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 55029;
        Path data = Files.createTempDirectory("vigie-profile-bench-");
        System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", port, data);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", "off")
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrate(dataSource);
            try (Connection c = dataSource.getConnection()) {
                long started = System.nanoTime();
                fill(c, target, others);
                System.out.printf(
                        "Generated %,d complaints of %s and %,d of other organisations in %.1f s%n",
                        target, SIREN, others, (System.nanoTime() - started) / 1e9);
                measure(c, target);
            }
        }
    }

    static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        for (String schema : List.of("platform", "complaints", "inspections", "sanctions")) {
            Flyway.configure(OrganisationProfileBenchmark.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + schema)
                    .placeholders(Map.of("app_role", "vigie_app"))
                    .load()
                    .migrate();
        }
    }

    private static void fill(Connection c, int target, int others) throws SQLException {
        try (Statement s = c.createStatement()) {
            // i <= target: the organisation timed; beyond, 20 000 other SIRENs (not Luhn-checked: the
            // queries compare strings). Received over the last 3 years; a third closed.
            s.execute(
                    "INSERT INTO complaints.complaint (reference, channel, received_on, received_at, complainant_name,"
                            + " organisation_name, organisation_country, organisation_identifier, organisation_siren,"
                            + " organisation_id, facts,"
                            + " people_affected, status, outcome, closed_on, proposed_score, proposed_priority, categories)"
                            + " SELECT 'PL-B-' || lpad(i::text, 7, '0'), 'WEB_FORM', d, d::timestamptz, 'Personne ' || i,"
                            + " 'Organisme ' || o, 'FR', o, o, CAST(o AS bigint), 'Faits de la plainte ' || i, 1,"
                            + " CASE WHEN i % 3 = 0 THEN 'CLOSED' WHEN i % 3 = 1 THEN 'UNDER_INSTRUCTION' ELSE 'RECEIVED' END,"
                            + " CASE WHEN i % 3 = 0 THEN 'NO_BREACH' END, CASE WHEN i % 3 = 0 THEN d + 60 END, 10, 'NORMAL',"
                            + " ARRAY['MARKETING']"
                            + " FROM (SELECT i, CURRENT_DATE - (i % 1000) AS d,"
                            + " CASE WHEN i <= " + target + " THEN '" + SIREN + "'"
                            + " ELSE lpad((100000000 + i % 20000)::text, 9, '0') END AS o"
                            + " FROM generate_series(1, " + (target + others) + ") i) g");
            s.execute("INSERT INTO complaints.clock_status (clock_id, complaint_id, policy_code, state, due_date)"
                    + " SELECT id, id, '" + ComplaintClocks.INFORMATION + "',"
                    + " CASE WHEN id % 10 = 0 THEN 'BREACHED' ELSE 'RUNNING' END, received_on + 90"
                    + " FROM complaints.complaint");
            // The platform seeds policies at start-up, not in its migrations: a version for the clocks below.
            s.execute(
                    "INSERT INTO platform.clock_policy_version (code, version, title, legal_source, period, definition,"
                            + " effective_from, created_by) VALUES ('" + ComplaintClocks.INFORMATION
                            + "', 1, 'Art. 78(2)',"
                            + " 'RGPD art. 78(2)', 'P3M', 'period=P3M', now(), 'bench') ON CONFLICT DO NOTHING");
            int policy;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(max(version), 0) FROM platform.clock_policy_version"
                    + " WHERE code = '" + ComplaintClocks.INFORMATION + "'")) {
                rs.next();
                policy = rs.getInt(1);
            }
            if (policy > 0) {
                s.execute(
                        "INSERT INTO platform.clock (case_ref, module, policy_code, policy_version, owner, start_event,"
                                + " opened_on, due_date, at_risk_from, status, created_at, updated_at)"
                                + " SELECT 'complaints:' || reference, 'complaints', '" + ComplaintClocks.INFORMATION
                                + "', "
                                + policy + ", 'handler', received_on, received_on, received_on + 90, received_on + 75,"
                                + " CASE WHEN id % 10 = 0 THEN 'BREACHED' ELSE 'RUNNING' END, now(), now()"
                                + " FROM complaints.complaint");
            } else {
                System.out.println("No Art. 78(2) policy version seeded: platform clocks not generated");
            }
            s.execute(
                    "INSERT INTO inspections.inspection (reference, origin, type, theme, planned_year, planned_quarter,"
                            + " organisation_name, organisation_number, organisation_id, organisation_country, subject, status,"
                            + " opened_on, opened_by)"
                            + " SELECT 'CT-B-' || lpad(i::text, 6, '0'), 'PROGRAMME', 'ON_SITE', (SELECT min(code) FROM inspections.theme),"
                            + " 2026, 1 + i % 4, 'Organisme', CASE WHEN i <= 12 THEN '" + SIREN + "00012'"
                            + " ELSE lpad((100000000 + i)::text, 9, '0') END,"
                            + " CASE WHEN i <= 12 THEN " + DIRECTORY_ID + " ELSE 100000000 + i END,"
                            + " 'FR', 'Contrôle', 'PLANNED', CURRENT_DATE - i, 'head'"
                            + " FROM generate_series(1, 5000) i");
            s.execute("VACUUM ANALYZE");
        }
    }

    private static void measure(Connection c, int target) throws SQLException {
        RiskRules rules = RiskRules.DEFAULTS;
        LocalDate since = LocalDate.now().minusMonths(24);
        List<Object[]> statements = new ArrayList<>();
        // each section's statements: ?1 the directory id, ?2 the SIREN (for rows not linked yet), then their own
        statements.add(new Object[] {ComplaintsProfileSql.COUNT_BY_STATUS, DIRECTORY_ID, SIREN});
        statements.add(
                new Object[] {ComplaintsProfileSql.ART78_MISSED, DIRECTORY_ID, SIREN, ComplaintClocks.INFORMATION});
        statements.add(
                new Object[] {ComplaintsProfileSql.LATEST, DIRECTORY_ID, SIREN, OrganisationProfileContribution.MAX_ROWS
                });
        statements.add(new Object[] {InspectionsProfileSql.COUNT_BY_STATUS, DIRECTORY_ID, SIREN});
        statements.add(new Object[] {InspectionsProfileSql.FINDINGS_BY_SEVERITY, DIRECTORY_ID, SIREN});
        statements.add(new Object[] {
            InspectionsProfileSql.LATEST, DIRECTORY_ID, SIREN, OrganisationProfileContribution.MAX_ROWS, "fr"
        });
        statements.add(new Object[] {SanctionsProfileSql.NOTICES_BY_STATUS, DIRECTORY_ID, SIREN});
        statements.add(new Object[] {SanctionsProfileSql.CASES_BY_STATUS, DIRECTORY_ID, SIREN});
        statements.add(new Object[] {SanctionsProfileSql.FINES_BY_YEAR, DIRECTORY_ID, SIREN});
        statements.add(
                new Object[] {SanctionsProfileSql.LATEST, DIRECTORY_ID, SIREN, OrganisationProfileContribution.MAX_ROWS
                });
        statements.add(new Object[] {
            RiskFactsSql.SQL_ONE,
            Date.valueOf(since),
            rules.perComplaint(),
            rules.complaintCap(),
            rules.perArt78Breach(),
            rules.perBreachNotification(),
            rules.sensitiveData(),
            rules.minors(),
            rules.perSeriousFinding(),
            rules.perFollowUp(),
            1,
            rules.perSanction(),
            SIREN,
            DIRECTORY_ID
        });
        String[] names = {
            "complaints by status",
            "complaints Art. 78(2) missed",
            "complaints latest 20",
            "inspections by status",
            "findings by severity",
            "inspections latest 20",
            "notices by status",
            "cases by status",
            "fines per year",
            "sanctions latest 20",
            "risk score of the SIREN"
        };
        List<PreparedStatement> prepared = new ArrayList<>();
        for (Object[] s : statements) {
            prepared.add(prepare(c, (String) s[0], Arrays.copyOfRange(s, 1, s.length)));
        }
        double[] whole = new double[RUNS];
        double[][] each = new double[prepared.size()][RUNS];
        long firstCount = -1;
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long started = System.nanoTime();
            for (int k = 0; k < prepared.size(); k++) {
                long one = System.nanoTime();
                long rows = 0;
                long firstValue = -1;
                try (ResultSet rs = prepared.get(k).executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        if (k == 0) {
                            firstValue = Math.max(firstValue, 0) + rs.getLong(2);
                        }
                    }
                }
                if (k == 0) {
                    firstCount = firstValue;
                }
                if (run >= WARM_UP) {
                    each[k][run - WARM_UP] = (System.nanoTime() - one) / 1e6;
                }
            }
            if (run >= WARM_UP) {
                whole[run - WARM_UP] = (System.nanoTime() - started) / 1e6;
            }
        }
        if (firstCount != target) {
            throw new IllegalStateException("complaints counted " + firstCount + ", expected " + target);
        }
        System.out.printf(
                "Load average: %.2f; %d runs after %d warm-up runs%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), RUNS, WARM_UP);
        System.out.printf("%-32s %9s %9s %9s%n", "statement", "p50 ms", "p95 ms", "max ms");
        for (int k = 0; k < prepared.size(); k++) {
            print(names[k], each[k]);
        }
        print("WHOLE PROFILE (" + target + " complaints)", whole);
        double p95 = percentile(whole, 0.95);
        System.out.printf("Target p95 < %.0f ms: %s%n", TARGET_MS, p95 < TARGET_MS ? "MET" : "NOT MET");
    }

    /** JPA's {@code ?n} parameters as JDBC's {@code ?}, each bound with the value of its number. */
    private static PreparedStatement prepare(Connection c, String jpaSql, Object[] values) throws SQLException {
        Matcher m = PARAMETER.matcher(jpaSql);
        List<Integer> order = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        PreparedStatement p = c.prepareStatement(sql.toString());
        for (int i = 0; i < order.size(); i++) {
            p.setObject(i + 1, values[order.get(i) - 1]);
        }
        return p;
    }

    private static void print(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%-32s %9.2f %9.2f %9.2f%n",
                name, percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] millis, double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
