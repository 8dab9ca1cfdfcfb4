package fr.vigie.bench.reporting;

import fr.vigie.platform.clock.application.PolicyRegistry;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Prepares the report benchmark's database: the platform's and reporting module's own migrations,
 * then for each business module either its real migrations and generator, or contract-shaped
 * stand-ins filled by {@link ContractDataGenerator}.
 *
 * <p>The switch, per module: if the module's migrations ({@code db/migration/<module>}) are on the
 * class path they are run, and if they publish {@code <module>.report_case} (or, for the committee,
 * {@code report_assignment}) the module's own generator is called — the class named by the system
 * property {@code reporting.bench.generator.<module>} (default
 * {@code fr.vigie.bench.<module>.ReportingData}), through a static method
 * {@code generate(javax.sql.DataSource, int count, java.time.LocalDate today)}. Otherwise the stand-in
 * tables of {@code fixture-case-module.sql} are created and the stand-in generator fills them. The
 * same for the platform's {@code report_clock} / {@code report_user} ({@code fixture-platform.sql}).
 */
final class ReportBenchData {
    private final DataSource dataSource;
    private final LocalDate today;

    ReportBenchData(DataSource dataSource, LocalDate today) {
        this.dataSource = dataSource;
        this.today = today;
    }

    /** Returns a line per module saying which data it got. */
    List<String> load(int complaints, int dossiers) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app') THEN"
                    + " CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        migrate("platform");
        insertPolicies();
        boolean platformViews = exists("platform.report_clock") && exists("platform.report_user");
        if (!platformViews) {
            runScript("fixture-platform.sql", "platform");
        }
        boolean realComplaints = migrateIfPresent("complaints") && exists("complaints.report_case");
        boolean realDossiers = migrateIfPresent("dossiers") && exists("dossiers.report_case");
        boolean realCommittee = migrateIfPresent("committee") && exists("committee.report_assignment");
        ContractDataGenerator generator = new ContractDataGenerator(today, 20261122L);
        if (!platformViews) {
            generator.users(dataSource);
        }
        // Loading is faster into a table without its secondary indexes: they are rebuilt once at the end.
        List<String> clockIndexes = dropSecondaryIndexes("platform", "clock");
        String complaintsLine;
        String dossiersLine;
        if (!realComplaints) {
            runScript("fixture-case-module.sql", "complaints");
        }
        if (!realDossiers) {
            runScript("fixture-case-module.sql", "dossiers");
            if (!realCommittee) {
                runScript("fixture-case-module.sql", "committee");
            }
        }
        // Complaints and dossiers are generated side by side (each with its own COPY streams).
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<String> complaintsDone = pool.submit(() -> {
                if (realComplaints) {
                    callGenerator("complaints", complaints);
                    return "complaints: module migrations and generator";
                }
                return "complaints: contract stand-in, " + new ContractDataGenerator(today, 20261122L)
                        .complaints(dataSource, complaints);
            });
            java.util.concurrent.Future<String> dossiersDone = pool.submit(() -> {
                if (realDossiers) {
                    callGenerator("dossiers", dossiers);
                    return "dossiers: module migrations and generator";
                }
                return "dossiers (+ committee assignments): contract stand-in, " + new ContractDataGenerator(today, 20261123L)
                        .dossiers(dataSource, dossiers);
            });
            complaintsLine = complaintsDone.get();
            dossiersLine = dossiersDone.get();
        } finally {
            pool.shutdown();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String index : clockIndexes) {
                s.execute(index);
            }
            s.execute("ANALYZE");
        }
        migrate("reporting");
        return List.of(complaintsLine, dossiersLine, "platform views: " + (platformViews ? "real" : "contract stand-in"));
    }

    /** Drops a table's indexes other than its primary key; returns the statements that recreate them. */
    private List<String> dropSecondaryIndexes(String schema, String table) throws SQLException {
        List<String> definitions = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = ? AND i.tablename = ?"
                        + " AND i.indexname NOT IN (SELECT conname FROM pg_constraint)")) {
            s.setString(1, schema);
            s.setString(2, table);
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                    definitions.add(r.getString(2));
                }
            }
            try (Statement drop = c.createStatement()) {
                for (String name : names) {
                    drop.execute("DROP INDEX " + schema + "." + name);
                }
            }
        }
        return definitions;
    }

    private void callGenerator(String module, int count) throws ReflectiveOperationException {
        String name = System.getProperty("reporting.bench.generator." + module, "fr.vigie.bench." + module + ".ReportingData");
        Method generate = Class.forName(name).getMethod("generate", DataSource.class, int.class, LocalDate.class);
        generate.invoke(null, dataSource, count, today);
    }

    private boolean migrateIfPresent(String schema) {
        if (getClass().getClassLoader().getResource("db/migration/" + schema) == null) {
            return false;
        }
        migrate(schema);
        return true;
    }

    private void migrate(String schema) {
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/" + schema).placeholders(Map.of("app_role", "vigie_app"))
                .load().migrate();
    }

    private boolean exists(String relation) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, relation);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private void runScript(String resource, String schema) throws SQLException, IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/bench/reporting/" + resource)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${schema}", schema);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            s.execute(sql);
        }
    }

    private void insertPolicies() throws SQLException {
        Properties file = PolicyCatalogue.defaultProperties();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO platform.clock_policy_version (code, version, title, legal_source, period, definition,"
                        + " effective_from, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench') ON CONFLICT DO NOTHING")) {
            for (LegalPolicy policy : PolicyCatalogue.defaults().all()) {
                Map<String, String> attributes = PolicyRegistry.attributesOf(file, policy.code());
                insert.setString(1, policy.code());
                insert.setInt(2, policy.version());
                insert.setString(3, policy.title());
                insert.setString(4, policy.legalSource());
                insert.setString(5, attributes.get("period"));
                insert.setString(6, PolicyRegistry.definition(attributes));
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
    }
}
