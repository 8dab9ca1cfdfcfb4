package fr.vigie.reporting.application;

import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The complaints Art. 78(2) report's reads. */
public interface Art78Queries {
    /** Complaints whose complainant was informed within 3 months, by month of receipt. */
    List<TargetCompliance> art78ByMonth(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** The same, by team, over the period. */
    List<TargetCompliance> art78ByTeam(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;
}
