package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;

/** The cases behind a number of the backlog, compliance and workload reports. */
public interface CaseQueries {
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
}
