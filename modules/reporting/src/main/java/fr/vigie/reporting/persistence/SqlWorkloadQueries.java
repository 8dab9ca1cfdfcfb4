package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.ReportRows.WorkloadRow;
import fr.vigie.reporting.application.WorkloadQueries;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Workload, from {@code workload_agg} (or the assignments themselves for an organisation). */
public final class SqlWorkloadQueries implements WorkloadQueries {

    @Override
    public List<WorkloadRow> workload(Connection c, ReportFilter f, Set<String> modules, Collection<String> roles)
            throws SQLException {
        Sql sql = new Sql()
                .append("SELECT username, role, sum(open_cases), sum(at_risk_clocks), sum(breached_clocks) FROM ");
        FactFilter.detailOrAggregate(
                sql,
                f,
                "reporting.workload_agg",
                "SELECT module, procedure, COALESCE(team, '') AS team, username, role, 1 AS open_cases,"
                        + " at_risk_clocks, breached_clocks FROM reporting.assignment_fact");
        sql.append(" WHERE true");
        common(sql, f, modules, false);
        if (roles != null && !roles.isEmpty()) {
            sql.and("role = ANY(?)", List.copyOf(roles));
        }
        sql.append(" GROUP BY username, role ORDER BY 4 DESC, 3 DESC, 1 LIMIT 5000");
        return Statements.list(
                c, sql, r -> new WorkloadRow(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)));
    }
}
