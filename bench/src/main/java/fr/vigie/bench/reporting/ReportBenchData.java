package fr.vigie.bench.reporting;

import fr.vigie.bench.complaints.ComplaintDataGenerator;
import fr.vigie.bench.dossiers.DossierDataGenerator;
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
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Prepares the report benchmark's database exactly as production is shaped: every module's own
 * Flyway migrations (platform, complaints, dossiers, committee, reporting), then data written into
 * the modules' real tables ({@link AuthorityLoader}: complaints' histories, and the dossiers module's
 * own {@link DossierDataGenerator}), so that the reports read the real ADR 4 views
 * ({@code <module>.report_case}, {@code report_stage}, {@code report_assignment},
 * {@code platform.report_clock}, {@code platform.report_user}) and nothing shaped for the benchmark.
 *
 * <p>The people the cases are assigned to are platform user accounts with a team (complaint
 * handlers in {@link #COMPLAINT_TEAMS}, instructors in {@link #DOSSIER_TEAMS}), which is where the
 * reports' team comes from.
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
     * Generates {@code complaints} complaints and {@code dossiers} dossiers into the modules' real
     * tables of a database whose module schemas are migrated ({@link AuthorityLoader}); returns the
     * time breakdown.
     */
    List<String> load(int complaints, int dossiers, long seed) throws SQLException, InterruptedException {
        return new AuthorityLoader(dataSource, TODAY, true).load(complaints, dossiers, seed);
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
                written += account(
                        insert,
                        handlers.get(i),
                        "Agent plaintes " + (i + 1),
                        COMPLAINT_TEAMS[i % COMPLAINT_TEAMS.length],
                        now);
            }
            List<String> instructors = instructors();
            for (int i = 0; i < instructors.size(); i++) {
                written += account(
                        insert,
                        instructors.get(i),
                        "Instructeur santé " + (i + 1),
                        DOSSIER_TEAMS[i % DOSSIER_TEAMS.length],
                        now);
            }
        }
        return written;
    }

    private static int account(
            PreparedStatement insert, String username, String displayName, String team, Timestamp now)
            throws SQLException {
        insert.setString(1, username);
        insert.setString(2, displayName);
        insert.setTimestamp(3, now);
        insert.setTimestamp(4, now);
        insert.setString(5, team);
        return insert.executeUpdate();
    }

    private static void migrate(DataSource dataSource, String schema) {
        Flyway.configure(ReportBenchData.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/" + schema)
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
    }

    /** The role the migrations grant to (the application's). */
    void createApplicationRole() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app') THEN"
                    + " CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
    }
}
