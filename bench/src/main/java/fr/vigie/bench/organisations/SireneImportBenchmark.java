package fr.vigie.bench.organisations;

import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.organisation.application.ImportReport;
import fr.vigie.platform.organisation.application.SireneBatchWriter;
import fr.vigie.platform.organisation.application.SireneImportRun;
import fr.vigie.platform.organisation.persistence.OrganisationSearchSql;
import fr.vigie.platform.organisation.persistence.SireneUpsert;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Imports a generated SIRENE stock file of legal units ({@code StockUniteLegale} columns, a million
 * rows by default) into a fresh embedded PostgreSQL migrated with the platform's own scripts, with
 * the application's reader and upsert ({@link SireneImportRun}, {@link SireneUpsert}), one
 * transaction per batch as in the server; then imports the same file again (nothing to write) and
 * prints time and rows per second for both; then times the directory's search statements on the result.
 *
 * <p>Run: {@code mvn -o -Pbench-organisations verify -pl bench -am -DskipTests}; arguments
 * {@code [rows] [port]}.
 */
public final class SireneImportBenchmark {
    static final int DEFAULT_ROWS = 1_000_000;
    static final int DEFAULT_PORT = 55_006;

    private SireneImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROWS;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PORT;
        Path data = Files.createTempDirectory("vigie-sirene-bench-");
        Path file = Files.createTempFile("StockUniteLegale-", ".csv");
        try {
            long generating = System.nanoTime();
            long bytes = SireneStockGenerator.write(file, rows, 42L);
            System.out.printf(
                    "Generated %,d rows (%,d MB) in %.1f s: %s%n",
                    rows, bytes >> 20, (System.nanoTime() - generating) / 1e9, file);
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    // A throw-away database: the shared disk's fsync latency is kept out of the figures.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("autovacuum", "off")
                    .start()) {
                DataSource dataSource = postgres.getPostgresDatabase();
                migrate(dataSource);
                System.out.println("Load before importing: " + loadAverage());
                ImportReport first = importOnce(dataSource, file);
                print("First import (empty directory)", first);
                ImportReport second = importOnce(dataSource, file);
                print("Second import (same file)", second);
                try (Connection c = dataSource.getConnection();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE partly_public),"
                                + " pg_size_pretty(pg_total_relation_size('platform.organisation'))"
                                + " FROM platform.organisation")) {
                    rs.next();
                    System.out.printf(
                            "Directory: %,d organisations, %,d partly public, table and indexes %s%n",
                            rs.getLong(1), rs.getLong(2), rs.getString(3));
                }
                System.out.println("Load after importing: " + loadAverage());
                try (Connection c = dataSource.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("ANALYZE platform.organisation");
                    searches(c);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The directory's search statements (rows then capped count, as the page makes them), p50 and max. */
    private static void searches(Connection c) throws SQLException {
        List<OrganisationQuery> shapes = List.of(
                new OrganisationQuery(null, null, null),
                new OrganisationQuery("boulangerie", null, null),
                new OrganisationQuery("electricite", null, null),
                new OrganisationQuery("Pâtisserie Générale Nîmes", null, null),
                new OrganisationQuery("hotel etudes", null, "56"),
                new OrganisationQuery("123457", null, null),
                new OrganisationQuery(null, SireneStockGenerator.siren(123_456), null),
                new OrganisationQuery(null, null, "86.10"));
        System.out.println("Search (rows + capped count), 15 rounds each after 2 warm-up: p50 / max ms, rows counted");
        for (OrganisationQuery q : shapes) {
            OrganisationSearchSql.Statements sql = OrganisationSearchSql.statements(q, 0, 20);
            long counted = 0;
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < 17; round++) {
                long t = System.nanoTime();
                run(c, sql.rows(), sql.params());
                counted = run(c, sql.count(), sql.params());
                if (round >= 2) {
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            Collections.sort(times);
            System.out.printf(
                    "  q=%-28s number=%-10s naf=%-6s %7.1f / %7.1f ms  (%,d)%n",
                    q.text(), q.number(), q.naf(), times.get(times.size() / 2), times.get(times.size() - 1), counted);
        }
    }

    /** Runs a statement written with numbered parameters ({@code ?1}); returns the first column of the last row. */
    private static long run(Connection c, String sql, List<Object> params) throws SQLException {
        List<Integer> order = new ArrayList<>();
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        try (PreparedStatement s = c.prepareStatement(jdbc.toString())) {
            for (int i = 0; i < order.size(); i++) {
                s.setObject(i + 1, params.get(order.get(i) - 1));
            }
            long last = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                }
            }
            return last;
        }
    }

    private static ImportReport importOnce(DataSource dataSource, Path file) throws SQLException, IOException {
        Stamp stamp = new Stamp("bench", Instant.now(), LocalDate.now());
        try (Connection c = dataSource.getConnection();
                BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            SireneBatchWriter perBatchTransaction = batch -> {
                SireneBatchWriter.Written written = SireneUpsert.write(c, batch, stamp);
                try {
                    c.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return written;
            };
            return new SireneImportRun(perBatchTransaction, SireneImportRun.DEFAULT_BATCH, 20).run(in);
        }
    }

    private static void print(String title, ImportReport r) {
        System.out.printf(
                "%s: %,d rows in %.1f s = %,.0f rows/s; inserted %,d, updated %,d, unchanged %,d, rejected %,d%n",
                title,
                r.rows(),
                r.millis() / 1000.0,
                r.rows() * 1000.0 / Math.max(1, r.millis()),
                r.inserted(),
                r.updated(),
                r.unchanged(),
                r.rejected());
        r.rejections().stream()
                .limit(3)
                .forEach(x -> System.out.println("  rejected line " + x.line() + ": " + x.reason() + " " + x.detail()));
    }

    static void migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigie_app')"
                    + " THEN CREATE ROLE vigie_app LOGIN; END IF; END $$");
        }
        Flyway.configure(SireneImportBenchmark.class.getClassLoader())
                .dataSource(dataSource)
                .schemas("platform")
                .createSchemas(true)
                .locations("classpath:db/migration/platform")
                .placeholders(Map.of("app_role", "vigie_app"))
                .load()
                .migrate();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Writes a stock file with INSEE's header and plausible rows, a few of them bad on purpose. */
    static final class SireneStockGenerator {
        static final String HEADER = "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,"
                + "sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,"
                + "prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale,"
                + "trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,"
                + "nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut,"
                + "etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,"
                + "denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale,"
                + "categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,"
                + "nomenclatureActivitePrincipaleUniteLegale,nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,"
                + "societeMissionUniteLegale,caractereEmployeurUniteLegale";
        private static final String[] WORDS = {
            "Société",
            "Générale",
            "Boulangerie",
            "Pâtisserie",
            "Crédit",
            "Mutuel",
            "Hôtel",
            "Études",
            "Conseil",
            "Informatique",
            "Électricité",
            "Transports",
            "Santé",
            "Clinique",
            "Agence",
            "Immobilière",
            "Bâtiment",
            "Énergie",
            "Télécom",
            "Numérique",
            "Café",
            "Librairie",
            "Garage",
            "Assurances",
            "Données",
            "Réseau"
        };
        private static final String[] PLACES = {
            "Paris", "Lyon", "Marseille", "Lille", "Nantes", "Rennes", "Brest", "Besançon", "Orléans", "Nîmes", "Sète"
        };
        private static final String[] NAF = {
            "62.01Z", "47.11A", "56.10A", "68.20A", "86.10Z", "43.21A", "70.22Z", "64.19Z"
        };
        private static final String[] FORMS = {"5710", "5499", "1000", "9220", "5599", "6540"};

        private SireneStockGenerator() {}

        static long write(Path file, int rows, long seed) throws IOException {
            SplittableRandom random = new SplittableRandom(seed);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                for (int i = 0; i < rows; i++) {
                    out.write(row(i, random));
                    out.write('\n');
                }
            }
            return Files.size(file);
        }

        private static String row(int i, SplittableRandom random) {
            String siren = siren(i);
            if (i % 1000 == 999) {
                siren = siren.substring(0, 8) + (char) ('0' + (siren.charAt(8) - '0' + 1) % 10); // bad check digit
            }
            boolean person = random.nextInt(4) == 0;
            boolean partlyPublic = person && random.nextInt(10) == 0;
            String form = person ? "1000" : FORMS[random.nextInt(FORMS.length)];
            String denomination = person
                    ? ""
                    : WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
                            + PLACES[random.nextInt(PLACES.length)] + " " + i;
            String surname = person ? (partlyPublic ? "[ND]" : "NOM" + i) : "";
            String first = person ? (partlyPublic ? "[ND]" : "Prénom") : "";
            String nic = nic(siren);
            String quotedDenomination = denomination.isEmpty() ? "" : "\"" + denomination + "\"";
            return siren + "," + (partlyPublic ? "P" : "O") + ",,2001-05-03,,"
                    + (person ? "M" : "") + "," + first + ",,,,,,,"
                    + "NN,,2025-01-01T00:00:00,3,PME,2022,2020-01-01,"
                    + (random.nextInt(5) == 0 ? "C" : "A") + "," + surname + ",," + quotedDenomination + ",,,,"
                    + form + "," + NAF[random.nextInt(NAF.length)] + ",NAFRev2," + (nic == null ? "" : nic)
                    + ",N,,N";
        }

        /** The Luhn-valid SIREN of the {@code i}-th row: 8 digits of its own, then the check digit. */
        static String siren(int i) {
            String body = String.format("%08d", 10_000_000 + i);
            for (int check = 0; check <= 9; check++) {
                if (luhn(body + check)) {
                    return body + check;
                }
            }
            throw new IllegalStateException(body);
        }

        private static String nic(String siren) {
            for (int n = 10; n < 100; n++) {
                String nic = String.format("%05d", n);
                if (luhn(siren + nic)) {
                    return nic;
                }
            }
            return null;
        }

        static boolean luhn(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int d = digits.charAt(digits.length() - 1 - i) - '0';
                if (i % 2 == 1) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
            }
            return sum % 10 == 0;
        }
    }
}
