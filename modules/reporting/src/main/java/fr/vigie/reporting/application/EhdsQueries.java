package fr.vigie.reporting.application;

import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The EHDS compliance report's reads. */
public interface EhdsQueries {
    /** Dossiers reaching data access within their target (8 or 9 months), by procedure; period = month of submission. */
    List<TargetCompliance> ehdsCompliance(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** Median, p90 and mean days per stage of the module's ended stages; period = month the stage ended. */
    List<StageDuration> stageDurations(Connection c, String module, ReportFilter f, Set<String> modules)
            throws SQLException;

    /** EHDS dossiers that reached data access, by month of access (Art. 59(1)(h): average days from application). */
    List<MonthlyReach> ehdsAccessByMonth(Connection c, ReportFilter f, Set<String> modules) throws SQLException;
}
