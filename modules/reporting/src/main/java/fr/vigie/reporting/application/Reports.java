package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.CrossBorderItem;
import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.application.ReportRows.ForecastCount;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.ResponsibleCount;
import fr.vigie.reporting.application.ReportRows.RoleStageCount;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.ReportRows.TransmissionCount;
import fr.vigie.reporting.application.ReportRows.WorkloadRow;
import fr.vigie.reporting.domain.AgeBand;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * Each report as one call: the queries its page needs, on one connection. Plain Java (no container),
 * so that the benchmark measures exactly what the server runs for a page.
 */
public final class Reports {
    /** A first page of a list on a report page. */
    public static final int FIRST_PAGE = 25;

    private final ReportReads queries;

    /** @param queries the reports' reads (the persistence's {@code ReportQueries}) */
    public Reports(ReportReads queries) {
        this.queries = queries;
    }

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} with PostgreSQL planning every statement for its actual values
     * ({@code plan_cache_mode = force_custom_plan}), then puts the session back as it was.
     *
     * <p>Why: the report queries are prepared statements, which the driver makes server-side
     * prepared statements after five runs, and for which PostgreSQL then switches to a generic plan
     * when that one looks no dearer on average. A generic plan does not know how selective
     * {@code organisation_id = $1} or {@code team = $2} is: for the busiest organisation or a small
     * team it picked the wrong scan, and the pages were up to 1.7 times slower than the same SQL with
     * literals. Planning a report query costs well under a millisecond; a wrong plan costs more. The
     * setting is the session's, so it is reset before the pooled connection goes back.
     */
    public static <T> T withCustomPlans(Connection c, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_custom_plan");
        }
        try {
            return work.run();
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("RESET plan_cache_mode");
            }
        }
    }

    public record DeadlineBoard(List<DeadlineCount> counts, Page<ClockItem> overdue) {}

    /** {@code averageDaysToAccess}: Art. 59(1)(h), average days from application to access over the period; null without data. */
    public record EhdsCompliance(
            List<TargetCompliance> byProcedure,
            List<StageDuration> stages,
            List<MonthlyReach> trend,
            Double averageDaysToAccess) {
        public static EhdsCompliance of(
                List<TargetCompliance> byProcedure, List<StageDuration> stages, List<MonthlyReach> trend) {
            long reached = 0;
            double days = 0;
            for (MonthlyReach m : trend) {
                if (m.averageDays() != null) {
                    reached += m.reached();
                    days += m.averageDays() * m.reached();
                }
            }
            return new EhdsCompliance(byProcedure, stages, trend, reached == 0 ? null : days / reached);
        }
    }

    public record Backlog(List<AgeCount> byModule, Page<CaseItem> oldDossiers) {}

    public record Art78(List<TargetCompliance> byMonth, List<TargetCompliance> byTeam) {}

    public record Forecast(
            double threshold, List<ForecastCount> counts, List<ResponsibleCount> byStage, Page<ForecastItem> likely) {}

    public record Workload(List<WorkloadRow> rows) {}

    /**
     * The cross-border report: cases by role and stage, the open ones against their investigation
     * deadline, the complaints' transmissions within 6 weeks. A part whose module the reader may not
     * see is empty (cases: crossborder; transmissions: complaints).
     */
    public record CrossBorder(
            List<RoleStageCount> byRoleAndStage, Page<CrossBorderItem> openCases, TransmissionCount transmissions) {}

    public DeadlineBoard deadlineBoard(
            Connection c, Snapshot s, ReportFilter f, Set<String> modules, int offset, int limit) throws SQLException {
        return new DeadlineBoard(
                queries.deadlines().deadlineCounts(c, s.asOf(), f, modules),
                queries.deadlines()
                        .clocks(c, s.asOf(), f, modules, ClockSelection.overdue(), "dueDate", true, offset, limit));
    }

    public EhdsCompliance ehds(Connection c, Snapshot s, ReportFilter f, Set<String> modules) throws SQLException {
        return EhdsCompliance.of(
                queries.ehds().ehdsCompliance(c, s.asOf(), f, modules),
                queries.ehds().stageDurations(c, ReportingModule.DOSSIERS, f, modules),
                queries.ehds().ehdsAccessByMonth(c, f, modules));
    }

    public Backlog backlog(Connection c, Snapshot s, ReportFilter f, Set<String> modules, int offset, int limit)
            throws SQLException {
        Page<CaseItem> old = modules.contains(ReportingModule.DOSSIERS)
                ? queries.cases()
                        .cases(
                                c,
                                s.asOf(),
                                f,
                                modules,
                                new CaseSelection(
                                        ReportingModule.DOSSIERS, true, AgeBand.OVER_2_5_Y, null, null, null, null),
                                "openedOn",
                                true,
                                offset,
                                limit)
                : Page.exact(List.of(), 0, offset, limit);
        return new Backlog(queries.backlog().backlog(c, s.asOf(), f, modules), old);
    }

    public Art78 art78(Connection c, Snapshot s, ReportFilter f, Set<String> modules) throws SQLException {
        return new Art78(
                queries.art78().art78ByMonth(c, s.asOf(), f, modules),
                queries.art78().art78ByTeam(c, s.asOf(), f, modules));
    }

    /** {@code threshold}: the one the snapshot's forecast was built with, for display. */
    public Forecast forecast(Connection c, ReportFilter f, Set<String> modules, double threshold, int offset, int limit)
            throws SQLException {
        return new Forecast(
                threshold,
                queries.forecast().forecastCounts(c, f, modules),
                queries.forecast().forecastByStage(c, f, modules),
                queries.forecast()
                        .likelyBreaches(c, f, modules, null, null, "probabilityOfMissing", false, offset, limit));
    }

    public Workload workload(Connection c, ReportFilter f, Set<String> modules) throws SQLException {
        return new Workload(queries.workload().workload(c, f, modules, null));
    }

    public ReportReads queries() {
        return queries;
    }

    public CrossBorder crossBorder(Connection c, Snapshot s, ReportFilter f, Set<String> modules, int offset, int limit)
            throws SQLException {
        CrossBorderReportQueries q = queries.crossBorder();
        boolean cases = modules.contains(ReportingModule.CROSSBORDER);
        return new CrossBorder(
                cases ? q.byRoleAndStage(c, f) : List.of(),
                cases ? q.openCases(c, s.asOf(), f, offset, limit) : Page.exact(List.of(), 0, offset, limit),
                modules.contains(ReportingModule.COMPLAINTS)
                        ? q.transmissions(c, s.asOf(), f)
                        : new TransmissionCount(0, 0, 0, 0));
    }
}
