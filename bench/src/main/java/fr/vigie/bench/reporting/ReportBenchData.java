package fr.vigie.bench.reporting;

import fr.vigie.bench.complaints.ComplaintDataGenerator;
import fr.vigie.bench.dossiers.DossierDataGenerator;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
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

/**
 * Prepares the report benchmark's database exactly as production is shaped: every module's own
 * Flyway migrations (platform, complaints, dossiers, committee, reporting), then the modules' own
 * data generators writing the modules' real tables ({@link DossierDataGenerator},
 * {@link ComplaintDataGenerator}), so that the reports read the real ADR 4 views
 * ({@code <module>.report_case}, {@code report_stage}, {@code report_assignment},
 * {@code platform.report_clock}, {@code platform.report_user}) and nothing shaped for the benchmark.
 *
 * <p>The people the cases are assigned to are platform user accounts with a team (complaint
 * handlers in {@link #COMPLAINT_TEAMS}, instructors in {@link #DOSSIER_TEAMS}), which is where the
 * reports' team comes from. The generators run one after the other: both write
 * {@code platform.clock} with ids taken from what is already there, and the complaints generator
 * locks that table for its whole load.
 *
 * <p>Also used by {@link DemoReportData} to load a small authority into a running database.
 */
final class ReportBenchData {
    /** Teams of the complaint handlers (4 teams of 10). */
    static final String[] COMPLAINT_TEAMS = {"PLAINTES-1", "PLAINTES-2", "PLAINTES-3", "PLAINTES-4"};
    /** Teams of the dossier instructors (4 teams of 10). */
    static final String[] DOSSIER_TEAMS = {"SANTE-1", "SANTE-2", "SANTE-3", "SANTE-4"};
    /** The day the generated histories stop: the dossiers generator's fixed day, so every module agrees. */
    static final LocalDate TODAY = DossierDataGenerator.TODAY;
    private static final List<String> MODULE_SCHEMAS = List.of("platform", "complaints", "dossiers", "committee");

    private final DataSource dataSource;
    private final List<String> timings = new ArrayList<>();

    ReportBenchData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Migrates every module (bench database: the schemas are created here). */
    void migrateModules() {
        for (String schema : MODULE_SCHEMAS) {
            migrate(dataSource, schema);
        }
    }

    /** Migrates the reporting module's own schema (after the load: its functions read the views). */
    void migrateReporting() {
        migrate(dataSource, "reporting");
    }

    /**
     * Generates {@code complaints} complaints and {@code dossiers} dossiers with the modules' own
     * generators, into a database whose module schemas are migrated; returns a line per step with
     * its time.
     */
    List<String> load(int complaints, int dossiers, long seed) throws SQLException {
        long step = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            int users = users(c);
            done(step, String.format("platform.user_account: %,d handlers and instructors with their teams", users));
        }
        step = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            DossierDataGenerator.Result r = DossierDataGenerator.generate(c, dossiers, seed + 1);
            done(step, String.format("dossiers generator: %,d dossiers, %,d stages, %,d events, %,d clocks", r.dossiers(),
                    r.stages(), r.events(), r.clocks()));
        }
        step = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            ComplaintDataGenerator.Summary s = ComplaintDataGenerator.generate(c, complaints, seed, TODAY, handlers());
            done(step, "complaints generator: " + s);
        }
        step = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Both generators took clock ids from MAX(id): leave the sequence after the last one.
            s.execute("SELECT setval('platform.clock_id_seq', GREATEST(1, (SELECT MAX(id) FROM platform.clock)))");
            s.execute("SELECT setval('platform.clock_event_id_seq', GREATEST(1, (SELECT MAX(id) FROM platform.clock_event)))");
            s.execute("ANALYZE platform.user_account");
        }
        done(step, "sequences and statistics");
        return List.copyOf(timings);
    }

    private void done(long startedNanos, String what) {
        String line = String.format("%6.1f s  %s", (System.nanoTime() - startedNanos) / 1e9, what);
        timings.add(line);
        System.out.println("  " + line);
    }

    /** The complaint handlers: the demo handler and 39 colleagues (the complaints generator's default). */
    static List<String> handlers() {
        return ComplaintDataGenerator.defaultHandlers();
    }

    /** The dossiers generator's instructors: {@code instructor}, {@code instructor1} … {@code instructor39}. */
    static List<String> instructors() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("instructor" + (i == 0 ? "" : String.valueOf(i)));
        }
        return names;
    }

    /**
     * Writes the handlers and instructors as platform accounts with their team (the demo accounts
     * {@code handler} and {@code instructor} may already exist: their team is set, nothing else is
     * changed). The generated accounts cannot log in: their password hash is not a hash.
     */
    static int users(Connection c) throws SQLException {
        int written = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO platform.user_account (username, display_name,"
                + " password_hash, active, password_changed_at, created_at, team) VALUES (?, ?, '!generated', TRUE, ?, ?, ?)"
                + " ON CONFLICT (username) DO UPDATE SET team = COALESCE(platform.user_account.team, EXCLUDED.team)")) {
            Timestamp now = Timestamp.from(Instant.now());
            List<String> handlers = handlers();
            for (int i = 0; i < handlers.size(); i++) {
                written += account(insert, handlers.get(i), "Agent plaintes " + (i + 1), COMPLAINT_TEAMS[i % COMPLAINT_TEAMS.length], now);
            }
            List<String> instructors = instructors();
            for (int i = 0; i < instructors.size(); i++) {
                written += account(insert, instructors.get(i), "Instructeur santé " + (i + 1), DOSSIER_TEAMS[i % DOSSIER_TEAMS.length], now);
            }
        }
        return written;
    }

    private static int account(PreparedStatement insert, String username, String displayName, String team, Timestamp now)
            throws SQLException {
        insert.setString(1, username);
        insert.setString(2, displayName);
        insert.setTimestamp(3, now);
        insert.setTimestamp(4, now);
        insert.setString(5, team);
        return insert.executeUpdate();
    }

    private static void migrate(DataSource dataSource, String schema) {
        Flyway.configure(ReportBenchData.class.getClassLoader()).dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/" + schema).placeholders(Map.of("app_role", "vigie_app"))
                .load().migrate();
    }

    /** The role the migrations grant to (the application's). */
    void createApplicationRole() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app') THEN"
                    + " CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
    }
}
