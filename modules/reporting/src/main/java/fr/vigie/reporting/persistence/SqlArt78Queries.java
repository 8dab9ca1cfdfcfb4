package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;
import static fr.vigie.reporting.persistence.FactFilter.period;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.Art78Queries;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Complaints Art. 78(2), from {@code target_month} (or its per-organisation twin): one query, two groupings. */
public final class SqlArt78Queries implements Art78Queries {

    @Override
    public List<TargetCompliance> art78ByMonth(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        return art78(c, f, modules, "month::text");
    }

    @Override
    public List<TargetCompliance> art78ByTeam(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        return art78(c, f, modules, "team");
    }

    private static List<TargetCompliance> art78(Connection c, ReportFilter f, Set<String> modules, String key)
            throws SQLException {
        Sql sql = new Sql()
                .append("SELECT " + key + ", sum(cases), sum(met), sum(late), sum(overdue), sum(not_due) FROM ");
        FactFilter.targetSource(sql, f);
        sql.append(" WHERE module = ?", ReportingModule.COMPLAINTS);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY 1 ORDER BY 1");
        return TargetComplianceRows.read(c, sql);
    }
}
