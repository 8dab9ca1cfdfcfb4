package fr.vigie.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.Api;
import fr.vigie.it.ItDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Known report data for the tests: rows shaped exactly like ADR 4's reporting views, in a schema of
 * their own ({@code itfixture}, listed in the test profile's {@code vigie.reporting.modules}), so
 * that they never collide with what the real modules publish. Each run uses its own organisation
 * (SIREN) and team, and the tests filter on them.
 */
final class ReportFixture {
    static final String SCHEMA = "itfixture";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

    final String siren = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
    final String team = "IT-" + siren;
    final String old = "DS-IT-" + siren + "-OLD";
    final String met = "DS-IT-" + siren + "-MET";
    final String anonymised = "DS-IT-" + siren + "-ANO";
    final String refused = "DS-IT-" + siren + "-REF";
    final String informed = "PL-IT-" + siren + "-OK";
    final String informedLate = "PL-IT-" + siren + "-LATE";

    static ReportFixture create() throws SQLException {
        ReportFixture f = new ReportFixture();
        try (Connection c = ItDatabase.superuser().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            s.execute(
                    "CREATE TABLE IF NOT EXISTS " + SCHEMA + ".report_case (case_ref text, module text, reference text,"
                            + " title text, procedure text, status text, is_open boolean, opened_on date, closed_on date, owner text,"
                            + " team text, organisation text, organisation_id text, target_on date, target_reached_on date)");
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA
                    + ".report_stage (case_ref text, stage text, stage_order int,"
                    + " started_on date, ended_on date)");
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".report_assignment (case_ref text, username text,"
                    + " role text, is_open boolean)");
            s.execute("GRANT USAGE ON SCHEMA " + SCHEMA + " TO PUBLIC");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + SCHEMA + " TO PUBLIC");
            LocalDate d1 = TODAY.minusDays(300);
            // an EHDS dossier that reached data access within 8 months, with its five stages
            f.dossier(c, f.met, "EHDS_PSEUDONYMISED", false, d1, d1.plusDays(200), d1.plusMonths(8), d1.plusDays(200));
            f.stages(c, f.met, d1, new int[] {20, 40, 30, 80, 30}, -1);
            // a dossier pending for three years, stuck in committee: the "over 2.5 years" list, likely to breach
            LocalDate d2 = TODAY.minusYears(3);
            f.dossier(c, f.old, "EHDS_PSEUDONYMISED", true, d2, null, d2.plusMonths(8), null);
            f.stages(c, f.old, d2, new int[] {30}, 1);
            f.assign(c, f.old, "it.instructor." + f.siren, "INSTRUCTOR", true);
            // an anonymised EHDS dossier received 100 days ago, in its third month band
            LocalDate d3 = TODAY.minusDays(100);
            f.dossier(c, f.anonymised, "EHDS_ANONYMISED", true, d3, null, d3.plusMonths(9), null);
            f.stages(c, f.anonymised, d3, new int[] {20, 40, 30}, 3);
            f.assign(c, f.anonymised, "it.instructor." + f.siren, "INSTRUCTOR", true);
            // an EHDS dossier submitted 320 days ago and refused: it never reaches data access, and is not overdue
            LocalDate d4 = TODAY.minusDays(320);
            f.insertCase(
                    c,
                    "dossiers",
                    f.refused,
                    "EHDS_PSEUDONYMISED",
                    "REFUSED",
                    false,
                    d4,
                    d4.plusDays(150),
                    "it.instructor." + f.siren,
                    d4.plusMonths(8),
                    null);
            // two complaints received five months ago: complainant informed in time, and late
            LocalDate c1 = TODAY.minusMonths(5);
            f.complaint(c, f.informed, c1, c1.plusDays(40));
            f.complaint(c, f.informedLate, c1, c1.plusDays(120));
        }
        Api.Reply built = Api.as("manager").post("reports/snapshot", "application/json", new byte[0]);
        assertEquals(200, built.status(), built.toString());
        assertEquals(true, built.json().getBoolean("built"), built.toString());
        return f;
    }

    private void dossier(
            Connection c,
            String reference,
            String procedure,
            boolean open,
            LocalDate opened,
            LocalDate closed,
            LocalDate target,
            LocalDate reached)
            throws SQLException {
        insertCase(
                c,
                "dossiers",
                reference,
                procedure,
                open ? "UNDER_REVIEW" : "DATA_AVAILABLE",
                open,
                opened,
                closed,
                "it.instructor." + siren,
                target,
                reached);
    }

    private void complaint(Connection c, String reference, LocalDate opened, LocalDate informedOn) throws SQLException {
        insertCase(
                c,
                "complaints",
                reference,
                null,
                "CLOSED",
                false,
                opened,
                informedOn,
                "it.handler." + siren,
                opened.plusMonths(3),
                informedOn);
    }

    private void insertCase(
            Connection c,
            String module,
            String reference,
            String procedure,
            String status,
            boolean open,
            LocalDate opened,
            LocalDate closed,
            String owner,
            LocalDate target,
            LocalDate reached)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + SCHEMA + ".report_case VALUES" + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, module + ":" + reference);
            p.setString(2, module);
            p.setString(3, reference);
            p.setString(4, "IT " + reference);
            p.setString(5, procedure);
            p.setString(6, status);
            p.setBoolean(7, open);
            p.setObject(8, opened);
            p.setObject(9, closed);
            p.setString(10, owner);
            p.setString(11, team);
            p.setString(12, "Organisation IT " + siren);
            p.setString(13, siren);
            p.setObject(14, target);
            p.setObject(15, reached);
            p.executeUpdate();
        }
    }

    /** Stages of the given lengths one after the other; {@code openStage} (0-based) stays open, -1 = none. */
    private void stages(Connection c, String reference, LocalDate start, int[] days, int openStage)
            throws SQLException {
        String[] names = {"COMPLETENESS", "COMMITTEE", "DECISION", "DATA_HOLDER", "AVAILABILITY"};
        LocalDate from = start;
        int last = openStage < 0 ? days.length - 1 : openStage;
        for (int i = 0; i <= last; i++) {
            boolean open = i == openStage;
            LocalDate to = open ? null : from.plusDays(i < days.length ? days[i] : 10);
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO " + SCHEMA + ".report_stage VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, "dossiers:" + reference);
                p.setString(2, names[i]);
                p.setInt(3, i + 1);
                p.setObject(4, from);
                p.setObject(5, to);
                p.executeUpdate();
            }
            from = to;
        }
    }

    private void assign(Connection c, String reference, String username, String role, boolean open)
            throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO " + SCHEMA + ".report_assignment VALUES (?, ?, ?, ?)")) {
            p.setString(1, "dossiers:" + reference);
            p.setString(2, username);
            p.setString(3, role);
            p.setBoolean(4, open);
            p.executeUpdate();
        }
    }
}
