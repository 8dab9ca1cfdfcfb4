package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.application.ReportRows.ForecastCount;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.ResponsibleCount;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.ReportRows.WorkloadRow;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every report's reads on one connection (filters, sorting and paging in PostgreSQL); implemented in persistence.
 */
public interface ReportReads {
    int MAX_PAGE = 100_000;

    Optional<Snapshot> snapshot(Connection c) throws SQLException;

    List<DeadlineCount> deadlineCounts(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** Open clocks matching a drill-down (the overdue list is {@link ClockSelection#overdue()}). */
    Page<ClockItem> clocks(
            Connection c,
            LocalDate today,
            ReportFilter f,
            Set<String> modules,
            ClockSelection sel,
            String sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException;

    /** Dossiers reaching data access within their target (8 or 9 months), by procedure; period = month of submission. */
    List<TargetCompliance> ehdsCompliance(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** Median, p90 and mean days per stage of the module's ended stages; period = month the stage ended. */
    List<StageDuration> stageDurations(Connection c, String module, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** EHDS dossiers that reached data access, by month of access (Art. 59(1)(h): average days from application). */
    List<MonthlyReach> ehdsAccessByMonth(Connection c, ReportFilter f, Set<String> modules) throws SQLException;

    List<AgeCount> backlog(Connection c, LocalDate today, ReportFilter f, Set<String> modules) throws SQLException;

    /** Cases matching a drill-down (age band, month of receipt and target outcome, assignee...). */
    Page<CaseItem> cases(
            Connection c,
            LocalDate today,
            ReportFilter f,
            Set<String> modules,
            CaseSelection sel,
            String sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException;

    /** Complaints whose complainant was informed within 3 months, by month of receipt. */
    List<TargetCompliance> art78ByMonth(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** The same, by team, over the period. */
    List<TargetCompliance> art78ByTeam(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** Open cases forecast, likely to breach (probability at least the configured threshold) and beyond history. */
    List<ForecastCount> forecastCounts(Connection c, ReportFilter f, Set<String> modules) throws SQLException;

    List<ResponsibleCount> forecastByStage(Connection c, ReportFilter f, Set<String> modules) throws SQLException;

    /** Open cases likely to miss their target, most likely first. */
    Page<ForecastItem> likelyBreaches(
            Connection c,
            ReportFilter f,
            Set<String> modules,
            String module,
            String responsibleStage,
            String sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException;

    List<WorkloadRow> workload(Connection c, ReportFilter f, Set<String> modules, Collection<String> roles)
            throws SQLException;
}
