package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;
import static fr.vigie.reporting.persistence.FactFilter.period;
import static fr.vigie.reporting.persistence.Statements.date;
import static fr.vigie.reporting.persistence.Statements.direction;
import static fr.vigie.reporting.persistence.Statements.limit;
import static fr.vigie.reporting.persistence.Statements.list;
import static fr.vigie.reporting.persistence.Statements.orderBy;
import static fr.vigie.reporting.persistence.Statements.sumOf;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.ClockSelection;
import fr.vigie.reporting.application.DeadlineQueries;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadline board: counts from {@code reporting.clock_day} (open clocks counted by day), lists from
 * {@code reporting.clock_fact}; with an organisation, the counts come from the detail table.
 */
public final class SqlDeadlineQueries implements DeadlineQueries {
    private static final Map<String, String> CLOCK_SORTS = Map.of(
            "dueDate",
            "due_date",
            "owner",
            "owner",
            "module",
            "module",
            "reference",
            "reference",
            "policyCode",
            "policy_code",
            "team",
            "team");

    @Override
    public List<DeadlineCount> deadlineCounts(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
        Sql sql = new Sql()
                .append(
                        "SELECT module, COALESCE(sum(n) FILTER (WHERE state = 'RUNNING'), 0),"
                                + " COALESCE(sum(n) FILTER (WHERE state = 'AT_RISK'), 0), COALESCE(sum(n) FILTER (WHERE state = 'BREACHED'), 0),"
                                + " COALESCE(sum(n) FILTER (WHERE state = 'SUSPENDED'), 0),"
                                + " COALESCE(sum(n) FILTER (WHERE state <> 'BREACHED' AND due_date BETWEEN ? AND ?), 0),"
                                + " COALESCE(sum(n) FILTER (WHERE state <> 'BREACHED' AND due_date BETWEEN ? AND ?), 0) FROM ",
                        today,
                        weekEnd,
                        today,
                        monthEnd);
        clockCounts(sql, f);
        sql.append(" WHERE true");
        common(sql, f, modules, false);
        period(sql, f, "due_date");
        sql.append(" GROUP BY module ORDER BY module");
        return list(
                c,
                sql,
                r -> DeadlineCount.of(
                        r.getString(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7)));
    }

    @Override
    public Page<ClockItem> clocks(
            Connection c,
            LocalDate today,
            ReportFilter f,
            Set<String> modules,
            ClockSelection sel,
            String sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException {
        Sql where = new Sql().append(" FROM reporting.clock_fact WHERE true");
        common(where, f, modules, true);
        clockSelection(where, f, sel);
        // The total comes from the counts by day when no organisation is asked for (same filters, far fewer rows).
        Sql counted = new Sql().append(" FROM ");
        clockCounts(counted, f);
        counted.append(" WHERE true");
        common(counted, f, modules, false);
        clockSelection(counted, f, sel);
        String order = orderBy(CLOCK_SORTS, sort, "due_date");
        String dir = direction(ascending);
        Sql sql = new Sql()
                .append(
                        "SELECT case_ref, module, reference, title, policy_code, legal_source, owner, team,"
                                + " due_date, state, ? - due_date",
                        today)
                .appendAll(where)
                .append(" ORDER BY " + order + dir + " NULLS LAST, id" + dir + limit(offset, limit));
        List<ClockItem> rows = list(
                c,
                sql,
                r -> new ClockItem(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        date(r, 9),
                        r.getString(10),
                        r.getLong(11)));
        return Page.exact(rows, sumOf(c, counted, "n"), offset, limit);
    }

    private static void clockSelection(Sql where, ReportFilter f, ClockSelection sel) {
        period(where, f, "due_date");
        if (sel.module() != null) {
            where.and("module = ?", sel.module());
        }
        if (sel.state() != null) {
            where.and("state = ?", sel.state());
        }
        if (sel.dueFrom() != null) {
            where.and("due_date >= ?", sel.dueFrom());
            where.and("state <> 'BREACHED'");
        }
        if (sel.dueTo() != null) {
            where.and("due_date <= ?", sel.dueTo());
        }
    }

    private static void clockCounts(Sql sql, ReportFilter f) {
        FactFilter.detailOrAggregate(
                sql,
                f,
                "reporting.clock_day",
                "SELECT module, procedure, COALESCE(team, '') AS team, state, due_date, 1 AS n"
                        + " FROM reporting.clock_fact");
    }
}
