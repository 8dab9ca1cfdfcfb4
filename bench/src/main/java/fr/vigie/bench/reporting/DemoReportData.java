package fr.vigie.bench.reporting;

import fr.vigie.reporting.persistence.SnapshotBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Loads a small synthetic authority into the run profile's database, so that a manager opening the
 * reports of the demo sees real numbers: by default 20,000 complaints and 2,000 dossiers, written
 * into the modules' real tables by the report benchmark's loader ({@link AuthorityLoader}, indexes
 * kept: the database is live), then the reporting snapshot rebuilt as the scheduled job does.
 *
 * <p>Run (with the run profile's database up: {@code mvn -Prun verify}, or
 * {@code mvn -Prun verify -Dvigie.databaseOnly=true}, started at least once so that the schemas
 * exist): {@code mvn -o -Pdemo-reports verify -pl bench -am -DskipTests}; arguments
 * {@code [complaints] [dossiers] [host] [port]}; the schema owner's password from
 * {@code VIGIE_DB_OWNER_PASSWORD} (default the dev one).
 *
 * <p>It does not disturb the modules' own demo data: generated complaints are numbered from
 * {@code PL-<year>-500001} and generated dossiers from {@code DA-<year>-900001} (the application
 * numbers from 1), ids continue after the highest ones and the sequences are moved after them. It
 * refuses to load twice (generated complaints already there).
 */
public final class DemoReportData {
    private DemoReportData() {}

    public static void main(String[] args) throws Exception {
        int complaints = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int dossiers = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String host = args.length > 2 ? args[2] : env("VIGIE_DB_HOST", "localhost");
        int port = args.length > 3 ? Integer.parseInt(args[3]) : Integer.parseInt(env("VIGIE_DB_PORT", "54329"));
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(env("VIGIE_DB_NAME", "vigie"));
        dataSource.setUser(env("VIGIE_DB_OWNER_USER", "vigie_owner"));
        dataSource.setPassword(env("VIGIE_DB_OWNER_PASSWORD", "vigie-dev-owner"));
        dataSource.setApplicationName("vigie-demo-report-data");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c, "complaints.complaint")
                    || !exists(c, "dossiers.dossier")
                    || !exists(c, "reporting.refresh_state")) {
                System.err.println(
                        "The modules' schemas are not there: start the application once (mvn -Prun verify) first.");
                System.exit(2);
            }
            try (PreparedStatement p =
                    c.prepareStatement("SELECT count(*) FROM complaints.complaint WHERE reference LIKE ?")) {
                p.setString(1, "PL-____-5_____");
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        System.out.printf(
                                "Generated complaints are already loaded (%,d): nothing done.%n", r.getLong(1));
                        return;
                    }
                }
            }
        }
        System.out.printf(
                "Loading %,d complaints and %,d dossiers into %s:%d (load average %s)%n",
                complaints, dossiers, host, port, ReportBenchmark.loadAverage());
        new AuthorityLoader(dataSource, today, false).load(complaints, dossiers, 20261122L);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            SnapshotBuilder.Outcome outcome =
                    new SnapshotBuilder().rebuild(c, List.of("complaints", "dossiers", "committee"), today, 24, 0.5);
            c.commit();
            System.out.printf(
                    "Reporting snapshot rebuilt in %.1f s (%,d open cases forecast).%n",
                    (outcome.factsMillis() + outcome.forecastMillis()) / 1e3, outcome.forecasts());
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
