package fr.vigie.reporting.application;

import fr.vigie.reporting.application.ReportRows.WorkloadRow;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The workload report's reads. */
public interface WorkloadQueries {
    /** Open cases and clocks at risk or breached per person and role ({@code roles} null or empty = every role). */
    List<WorkloadRow> workload(Connection c, ReportFilter f, Set<String> modules, Collection<String> roles)
            throws SQLException;
}
