package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.reporting.application.ReportRows.ForecastCount;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportRows.ResponsibleCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** The breach forecast's reads. */
public interface ForecastQueries {
    /** Open cases forecast, likely to breach (probability at least the configured threshold) and beyond history. */
    List<ForecastCount> forecastCounts(Connection c, ReportFilter f, Set<String> modules) throws SQLException;

    /** Cases likely to breach, by module and stage responsible. */
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
}
