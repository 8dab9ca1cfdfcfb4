package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;
import static fr.vigie.reporting.persistence.FactFilter.orgAware;
import static fr.vigie.reporting.persistence.FactFilter.period;
import static fr.vigie.reporting.persistence.Statements.date;
import static fr.vigie.reporting.persistence.Statements.list;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.EhdsQueries;
import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * EHDS compliance, from the pre-aggregated {@code target_month}, {@code reach_month} and stage histograms
 * (or their per-organisation twins).
 */
public final class SqlEhdsQueries implements EhdsQueries {

    @Override
    public List<TargetCompliance> ehdsCompliance(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        Sql sql =
                new Sql().append("SELECT procedure, sum(cases), sum(met), sum(late), sum(overdue), sum(not_due) FROM ");
        FactFilter.targetSource(sql, f);
        sql.append(
                " WHERE module = ? AND procedure IN (?, ?)",
                ReportingModule.DOSSIERS,
                ReportingModule.EHDS_PSEUDONYMISED,
                ReportingModule.EHDS_ANONYMISED);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY procedure ORDER BY procedure");
        return TargetComplianceRows.read(c, sql);
    }

    @Override
    public List<StageDuration> stageDurations(Connection c, String module, ReportFilter f, Set<String> modules)
            throws SQLException {
        Sql sql = new Sql().append("WITH h AS (SELECT stage, min(stage_order) AS so, days, sum(n) AS n FROM ");
        orgAware(
                sql,
                f,
                f.team() == null ? "reporting.stage_hist_all" : "reporting.stage_hist",
                "reporting.stage_hist_org");
        sql.append(" WHERE module = ?", module);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY stage, days),"
                + " c AS (SELECT stage, so, days, n, sum(n) OVER (PARTITION BY stage ORDER BY days) AS cum,"
                + " sum(n) OVER (PARTITION BY stage) AS total FROM h)"
                + " SELECT stage, min(so), max(total), min(days) FILTER (WHERE cum >= 0.5 * total),"
                + " min(days) FILTER (WHERE cum >= 0.9 * total), sum(days * n)::float8 / max(total)"
                + " FROM c GROUP BY stage ORDER BY 2, 1");
        return list(
                c,
                sql,
                r -> new StageDuration(
                        r.getString(1),
                        r.getInt(2),
                        r.getLong(3),
                        (Integer) r.getObject(4),
                        (Integer) r.getObject(5),
                        r.getDouble(6)));
    }

    @Override
    public List<MonthlyReach> ehdsAccessByMonth(Connection c, ReportFilter f, Set<String> modules) throws SQLException {
        Sql sql = new Sql()
                .append(
                        "SELECT month, sum(reached), sum(in_time), sum(total_days)::float8 / NULLIF(sum(reached), 0) FROM ");
        orgAware(sql, f, "reporting.reach_month", "reporting.reach_month_org");
        sql.append(
                " WHERE module = ? AND procedure IN (?, ?)",
                ReportingModule.DOSSIERS,
                ReportingModule.EHDS_PSEUDONYMISED,
                ReportingModule.EHDS_ANONYMISED);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY month ORDER BY month");
        return list(c, sql, r -> MonthlyReach.of(date(r, 1), r.getLong(2), r.getLong(3), (Double) r.getObject(4)));
    }
}
