package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;
import static fr.vigie.reporting.persistence.FactFilter.period;
import static fr.vigie.reporting.persistence.Statements.date;
import static fr.vigie.reporting.persistence.Statements.direction;
import static fr.vigie.reporting.persistence.Statements.emptyToNull;
import static fr.vigie.reporting.persistence.Statements.limit;
import static fr.vigie.reporting.persistence.Statements.list;
import static fr.vigie.reporting.persistence.Statements.orderBy;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.ForecastQueries;
import fr.vigie.reporting.application.ReportRows.ForecastCount;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportRows.ResponsibleCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The breach forecast: counts from {@code forecast_agg} (or the forecast rows for an organisation), lists from {@code forecast}. */
public final class SqlForecastQueries implements ForecastQueries {
    private static final Map<String, String> FORECAST_SORTS = Map.of(
            "probabilityOfMissing",
            "p_miss",
            "targetOn",
            "target_on",
            "expectedP50",
            "expected_p50",
            "expectedP90",
            "expected_p90",
            "reference",
            "reference",
            "owner",
            "owner",
            "responsibleStage",
            "responsible_stage");

    @Override
    public List<ForecastCount> forecastCounts(Connection c, ReportFilter f, Set<String> modules) throws SQLException {
        Sql sql = new Sql().append("SELECT module, sum(forecast), sum(likely), sum(beyond) FROM ");
        forecastCountsSource(sql, f);
        sql.append(" WHERE true");
        common(sql, f, modules, false);
        period(sql, f, "target_on");
        sql.append(" GROUP BY module ORDER BY module");
        return list(c, sql, r -> new ForecastCount(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
    }

    @Override
    public List<ResponsibleCount> forecastByStage(Connection c, ReportFilter f, Set<String> modules)
            throws SQLException {
        Sql sql = new Sql().append("SELECT module, responsible_stage, sum(likely) FROM ");
        forecastCountsSource(sql, f);
        sql.append(" WHERE likely > 0");
        common(sql, f, modules, false);
        period(sql, f, "target_on");
        sql.append(" GROUP BY 1, 2 ORDER BY 1, 3 DESC");
        return list(c, sql, r -> new ResponsibleCount(r.getString(1), r.getString(2), r.getLong(3)));
    }

    @Override
    public Page<ForecastItem> likelyBreaches(
            Connection c,
            ReportFilter f,
            Set<String> modules,
            String module,
            String responsibleStage,
            String sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException {
        Sql where = new Sql().append(" FROM reporting.forecast WHERE likely");
        common(where, f, modules, true);
        forecastSelection(where, f, module, responsibleStage);
        Sql counted = new Sql().append(" FROM ");
        forecastCountsSource(counted, f);
        counted.append(" WHERE true");
        common(counted, f, modules, false);
        forecastSelection(counted, f, module, responsibleStage);
        String order = orderBy(FORECAST_SORTS, sort, "p_miss");
        String dir = direction(ascending);
        Sql sql = new Sql()
                .append("SELECT case_ref, module, reference, title, procedure, current_stage, stage_since, owner,"
                        + " team, target_on, expected_p50, expected_p90, p_miss, responsible_stage, beyond_history")
                .appendAll(where)
                .append(" ORDER BY " + order + dir + " NULLS LAST, target_on, case_ref" + limit(offset, limit));
        List<ForecastItem> rows = list(
                c,
                sql,
                r -> new ForecastItem(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        emptyToNull(r.getString(5)),
                        r.getString(6),
                        date(r, 7),
                        r.getString(8),
                        r.getString(9),
                        date(r, 10),
                        date(r, 11),
                        date(r, 12),
                        r.getDouble(13),
                        r.getString(14),
                        r.getBoolean(15)));
        return Page.exact(rows, Statements.sumOf(c, counted, "likely"), offset, limit);
    }

    private static void forecastSelection(Sql where, ReportFilter f, String module, String responsibleStage) {
        period(where, f, "target_on");
        if (module != null) {
            where.and("module = ?", module);
        }
        if (responsibleStage != null) {
            where.and("responsible_stage = ?", responsibleStage);
        }
    }

    private static void forecastCountsSource(Sql sql, ReportFilter f) {
        FactFilter.detailOrAggregate(
                sql,
                f,
                "reporting.forecast_agg",
                "SELECT module, procedure, COALESCE(team, '') AS team, target_on, responsible_stage, 1 AS forecast,"
                        + " likely::int AS likely, beyond_history::int AS beyond FROM reporting.forecast");
    }
}
