package fr.vigie.bench.reporting;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic complaints and research dossiers shaped like ADR 4's reporting views, with consistent
 * histories, loaded with COPY: each case gets its stages one after the other (lengths drawn from
 * log-normal laws whose medians differ by team), its assignments, and the platform clocks of its
 * legal deadlines (started and met with the stages, open while the stage is), into the platform's
 * real {@code clock} table.
 *
 * <p>Spread like a real authority's: intake growing over ten years (more recent cases), most
 * cases closed within months, a tail of hard cases, and about 2 % of dossiers stuck for years in one
 * stage (the "pending more than 2.5 years" list). Deterministic: a fixed seed gives the same data.
 *
 * <p>This is the stand-in used until the complaints and dossiers modules' own generators and views
 * are on the benchmark's class path ({@link ReportBenchData} picks).
 */
final class ContractDataGenerator {
    static final String[] COMPLAINT_TEAMS = {"PLAINTES-1", "PLAINTES-2", "PLAINTES-3", "PLAINTES-4", "PLAINTES-5",
        "PLAINTES-6"};
    static final String[] DOSSIER_TEAMS = {"SANTE-1", "SANTE-2", "SANTE-3"};
    static final int HANDLERS_PER_TEAM = 10;
    static final int INSTRUCTORS_PER_TEAM = 8;
    static final int COMMITTEE_MEMBERS = 15;
    static final int ORGANISATIONS = 40_000;
    private static final String[] CATEGORIES = {"Prospection", "Droit d'accès", "Vidéosurveillance", "Effacement",
        "Sécurité des données", "Cookies", "Santé", "Ressources humaines"};
    private static final String[] EHDS_STAGES = {"COMPLETENESS", "COMMITTEE", "DECISION", "DATA_HOLDER", "AVAILABILITY"};
    private static final double[] EHDS_MEDIANS = {20, 40, 30, 60, 20};
    private static final String[] STAGE_POLICY = {null, "NATIONAL_COMMITTEE_OPINION", null,
        "EHDS_ART_60_2_DATA_HOLDER_DELIVERY", "EHDS_ART_68_7_DATA_AVAILABILITY"};
    private static final int[] STAGE_POLICY_MONTHS = {0, 1, 0, 3, 2};
    private static final String[] COMPLAINT_STAGES = {"QUALIFICATION", "INSTRUCTION", "CLOSURE"};
    private static final double[] COMPLAINT_MEDIANS = {12, 75, 15};

    private final LocalDate today;
    private final SplittableRandom random;

    ContractDataGenerator(LocalDate today, long seed) {
        this.today = today;
        this.random = new SplittableRandom(seed);
    }

    record Counts(long cases, long stages, long assignments, long clocks) {
        Counts plus(Counts o) {
            return new Counts(cases + o.cases, stages + o.stages, assignments + o.assignments, clocks + o.clocks);
        }
    }

    void users(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (CopyStream users = new CopyStream(c, "platform.report_user", "username, display_name, team, active")) {
                for (String team : COMPLAINT_TEAMS) {
                    for (int h = 1; h <= HANDLERS_PER_TEAM; h++) {
                        users.col(handler(team, h)).col("Agent " + team + " n°" + h).col(team).col(true).end();
                    }
                }
                for (String team : DOSSIER_TEAMS) {
                    for (int h = 1; h <= INSTRUCTORS_PER_TEAM; h++) {
                        users.col(instructor(team, h)).col("Instructeur " + team + " n°" + h).col(team).col(true).end();
                    }
                }
                for (int m = 1; m <= COMMITTEE_MEMBERS; m++) {
                    users.col("dac.member" + m).col("Membre du comité n°" + m).col("COMITE").col(true).end();
                }
            }
        }
    }

    Counts complaints(DataSource dataSource, int count) throws SQLException {
        try (CopyStream cases = caseStream(dataSource, "complaints");
                CopyStream stages = stageStream(dataSource, "complaints");
                CopyStream assignments = assignmentStream(dataSource, "complaints");
                CopyStream clocks = clockStream(dataSource)) {
            for (int i = 1; i <= count; i++) {
                LocalDate opened = openedOn(3650);
                int team = pickTeam(COMPLAINT_TEAMS.length);
                String teamName = COMPLAINT_TEAMS[team];
                String owner = handler(teamName, 1 + random.nextInt(HANDLERS_PER_TEAM));
                double teamFactor = 0.8 + 0.12 * team;
                boolean hard = random.nextDouble() < 0.03;
                String reference = "PL-" + opened.getYear() + "-" + String.format("%07d", i);
                String caseRef = "complaints:" + reference;
                int organisation = organisation();
                // stages one after the other; the complainant is informed during the instruction
                LocalDate start = opened;
                LocalDate closed = null;
                String currentStage = null;
                for (int s = 0; s < COMPLAINT_STAGES.length; s++) {
                    double median = COMPLAINT_MEDIANS[s] * (s == 1 ? teamFactor * (hard ? 8 : 1) : 1);
                    LocalDate end = start.plusDays(Math.max(1, logNormal(median, s == 1 ? 0.8 : 0.5)));
                    boolean open = end.isAfter(today);
                    stages.col(caseRef).col(COMPLAINT_STAGES[s]).col(s + 1).col(start).col(open ? null : end).end();
                    if (open) {
                        currentStage = COMPLAINT_STAGES[s];
                        break;
                    }
                    start = end;
                    if (s == COMPLAINT_STAGES.length - 1) {
                        closed = end;
                    }
                }
                LocalDate informed = opened.plusDays(Math.max(3, logNormal(55 * teamFactor * (hard ? 2 : 1), 0.55)));
                if (closed != null && informed.isAfter(closed)) {
                    informed = closed;
                }
                LocalDate reached = informed.isAfter(today) ? null : informed;
                LocalDate target = opened.plusMonths(3);
                boolean isOpen = closed == null;
                cases.col(caseRef).col("complaints").col(reference)
                        .col("Réclamation — " + CATEGORIES[i % CATEGORIES.length]).col(null)
                        .col(isOpen ? (currentStage.equals("QUALIFICATION") ? "QUALIFIED" : "UNDER_INSTRUCTION") : "CLOSED")
                        .col(isOpen).col(opened).col(closed).col(owner).col(teamName).col(organisationName(organisation))
                        .col(siren(organisation)).col(target).col(reached).end();
                assignments.col(caseRef).col(owner).col("HANDLER").col(isOpen).end();
                clock(clocks, caseRef, "complaints", "GDPR_ART_78_2_INFORM_COMPLAINANT", owner, opened, target, reached,
                        random.nextInt(50) == 0);
            }
            return new Counts(cases.rows(), stages.rows(), assignments.rows(), clocks.rows());
        }
    }

    Counts dossiers(DataSource dataSource, int count) throws SQLException {
        try (CopyStream cases = caseStream(dataSource, "dossiers");
                CopyStream stages = stageStream(dataSource, "dossiers");
                CopyStream assignments = assignmentStream(dataSource, "dossiers");
                CopyStream committee = assignmentStream(dataSource, "committee");
                CopyStream clocks = clockStream(dataSource)) {
            for (int i = 1; i <= count; i++) {
                double p = random.nextDouble();
                String procedure = p < 0.45 ? "NATIONAL" : p < 0.85 ? "EHDS_PSEUDONYMISED" : "EHDS_ANONYMISED";
                boolean ehds = !procedure.equals("NATIONAL");
                boolean stuck = random.nextDouble() < 0.02;
                // stuck dossiers were mostly submitted long ago: the tail of very old open dossiers
                LocalDate opened = stuck ? today.minusDays(400 + random.nextInt(2500)) : openedOn(3650);
                int team = pickTeam(DOSSIER_TEAMS.length);
                String teamName = DOSSIER_TEAMS[team];
                String owner = instructor(teamName, 1 + random.nextInt(INSTRUCTORS_PER_TEAM));
                double teamFactor = 0.85 + 0.15 * team;
                String reference = "DS-" + opened.getYear() + "-" + String.format("%06d", i);
                String caseRef = "dossiers:" + reference;
                int organisation = organisation();
                boolean refused = random.nextDouble() < 0.08;
                int stageCount = ehds ? 5 : 3;
                int stuckStage = stuck ? (random.nextBoolean() ? 1 : 3 % stageCount) : -1;
                LocalDate start = opened;
                LocalDate closed = null;
                LocalDate reached = null;
                String status = null;
                List<String> members = new ArrayList<>();
                for (int m = 0; m < 3; m++) {
                    members.add("dac.member" + (1 + random.nextInt(COMMITTEE_MEMBERS)));
                }
                for (int s = 0; s < stageCount; s++) {
                    double median = EHDS_MEDIANS[s] * teamFactor;
                    LocalDate end = s == stuckStage ? today.plusDays(1 + random.nextInt(400))
                            : start.plusDays(Math.max(1, logNormal(median, 0.6)));
                    boolean open = end.isAfter(today);
                    stages.col(caseRef).col(EHDS_STAGES[s]).col(s + 1).col(start).col(open ? null : end).end();
                    String policy = s == 2 ? (ehds ? "EHDS_ART_68_4_PERMIT_DECISION" : "NATIONAL_AUTHORISATION_DECISION")
                            : STAGE_POLICY[s];
                    if (policy != null) {
                        int months = s == 2 ? (ehds ? 3 : 2) : STAGE_POLICY_MONTHS[s];
                        clock(clocks, caseRef, "dossiers", policy, owner, start, start.plusMonths(months),
                                open ? null : end, s == 3 && random.nextInt(10) == 0);
                    }
                    if (s == 1) {
                        for (String member : new java.util.LinkedHashSet<>(members)) {
                            committee.col(caseRef).col(member).col("COMMITTEE_MEMBER").col(open).end();
                        }
                    }
                    if (open) {
                        status = EHDS_STAGES[s];
                        break;
                    }
                    start = end;
                    if (s == 2 && refused) {
                        closed = end;
                        status = "REFUSED";
                        break;
                    }
                    if (s == stageCount - 1) {
                        closed = end;
                        reached = end;
                        status = ehds ? "DATA_AVAILABLE" : "AUTHORISED";
                    }
                }
                LocalDate target = refused ? null : opened.plusMonths(switch (procedure) {
                    case "EHDS_PSEUDONYMISED" -> 8;
                    case "EHDS_ANONYMISED" -> 9;
                    default -> 4;
                });
                boolean isOpen = closed == null;
                cases.col(caseRef).col("dossiers").col(reference).col("Projet de recherche n°" + i).col(procedure)
                        .col(status).col(isOpen).col(opened).col(closed).col(owner).col(teamName)
                        .col(organisationName(organisation)).col(siren(organisation)).col(target).col(reached).end();
                assignments.col(caseRef).col(owner).col("INSTRUCTOR").col(isOpen).end();
            }
            return new Counts(cases.rows(), stages.rows(), assignments.rows() + committee.rows(), clocks.rows());
        }
    }

    private void clock(CopyStream clocks, String caseRef, String module, String policy, String owner, LocalDate start,
            LocalDate due, LocalDate ended, boolean suspended) throws SQLException {
        LocalDate atRisk = due.minusDays(18).isBefore(start) ? start : due.minusDays(18);
        boolean open = ended == null;
        String status = !open ? "MET" : suspended ? "SUSPENDED" : due.isBefore(today) ? "BREACHED"
                : !atRisk.isAfter(today) ? "AT_RISK" : "RUNNING";
        clocks.col(caseRef).col(module).col(policy).col(1).col(owner).col(start).col(start).col(due).col(atRisk)
                .col(status).col(open && suspended).col(open ? "PENDING" : "MET").col(ended)
                .col("2026-01-01 00:00:00+00").col("2026-01-01 00:00:00+00").end();
    }

    /** Intake grows over the years: the density of opening days rises linearly towards today. */
    private LocalDate openedOn(int spanDays) {
        return today.minusDays((long) (spanDays * (1 - Math.sqrt(random.nextDouble()))));
    }

    private int pickTeam(int teams) {
        return random.nextInt(teams);
    }

    /** Organisations concerned follow a heavy tail: a few are concerned by many cases. */
    private int organisation() {
        return (int) Math.floor(Math.exp(random.nextDouble() * Math.log(ORGANISATIONS)));
    }

    static String organisationName(int organisation) {
        return "Organisation " + organisation;
    }

    static String siren(int organisation) {
        return String.valueOf(300_000_000 + organisation * 7);
    }

    private long logNormal(double median, double sigma) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return Math.round(median * Math.exp(sigma * gaussian));
    }

    static String handler(String team, int n) {
        return "h." + team.toLowerCase() + "." + n;
    }

    static String instructor(String team, int n) {
        return "i." + team.toLowerCase() + "." + n;
    }

    private static CopyStream caseStream(DataSource ds, String schema) throws SQLException {
        return new CopyStream(open(ds), schema + ".report_case", "case_ref, module, reference, title, procedure, status,"
                + " is_open, opened_on, closed_on, owner, team, organisation, organisation_id, target_on, target_reached_on");
    }

    private static CopyStream stageStream(DataSource ds, String schema) throws SQLException {
        return new CopyStream(open(ds), schema + ".report_stage", "case_ref, stage, stage_order, started_on, ended_on");
    }

    private static CopyStream assignmentStream(DataSource ds, String schema) throws SQLException {
        return new CopyStream(open(ds), schema + ".report_assignment", "case_ref, username, role, is_open");
    }

    private static CopyStream clockStream(DataSource ds) throws SQLException {
        return new CopyStream(open(ds), "platform.clock", "case_ref, module, policy_code, policy_version, owner,"
                + " start_event, opened_on, due_date, at_risk_from, status, suspended, outcome, ended_on, created_at,"
                + " updated_at");
    }

    private static Connection open(DataSource ds) throws SQLException {
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }
}
