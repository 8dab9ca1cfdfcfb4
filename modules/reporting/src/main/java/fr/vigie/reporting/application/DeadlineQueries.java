package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The deadline board's reads: open clocks counted by module and state, and the clocks behind a count. */
public interface DeadlineQueries {
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
}
