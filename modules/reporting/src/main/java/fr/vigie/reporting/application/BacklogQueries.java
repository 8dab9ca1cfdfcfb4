package fr.vigie.reporting.application;

import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The backlog ageing report's reads (its lists come from {@link CaseQueries}). */
public interface BacklogQueries {
    /** Open cases of each module by age band, as of {@code today}. */
    List<AgeCount> backlog(Connection c, LocalDate today, ReportFilter f, Set<String> modules) throws SQLException;
}
