package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;
import static fr.vigie.reporting.persistence.FactFilter.period;
import static fr.vigie.reporting.persistence.Statements.date;
import static fr.vigie.reporting.persistence.Statements.direction;
import static fr.vigie.reporting.persistence.Statements.emptyToNull;
import static fr.vigie.reporting.persistence.Statements.limit;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.CaseQueries;
import fr.vigie.reporting.application.CaseSelection;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cases behind a number (backlog, compliance, workload), from {@code reporting.case_fact}. */
public final class SqlCaseQueries implements CaseQueries {
    private static final Map<String, String> CASE_SORTS = Map.of(
            "openedOn",
            "c.opened_on",
            "reference",
            "c.reference",
            "owner",
            "c.owner",
            "team",
            "c.team",
            "status",
            "c.status",
            "module",
            "c.module",
            "targetOn",
            "c.target_on",
            "currentStage",
            "c.current_stage");

    @Override
    public Page<CaseItem> cases(
            Connection c,
            LocalDate today,
            ReportFilter f,
            Set<String> modules,
            CaseSelection sel,
            String sort,
            boolean ascending,
            int offset,
            int limit)
            throws SQLException {
        Sql where = new Sql().append(" FROM reporting.case_fact c WHERE true");
        if (sel.openOnly()) {
            where.append(" AND c.is_open");
        }
        common(where, f, modules, true, "c.");
        if (sel.outcome() == null) {
            period(where, f, "c.opened_on");
        }
        if (sel.module() != null) {
            where.and("c.module = ?", sel.module());
        }
        if (sel.band() != null) {
            where.and("c.opened_on <= ?", sel.band().openedOnOrBefore(today));
            if (sel.band().toMonths() != Integer.MAX_VALUE) {
                where.and("c.opened_on > ?", today.minusMonths(sel.band().toMonths()));
            }
        }
        if (sel.openedMonth() != null && sel.outcome() == null) {
            LocalDate first = sel.openedMonth().withDayOfMonth(1);
            where.and("c.opened_on >= ? AND c.opened_on < ?", first, first.plusMonths(1));
        }
        if (sel.team() != null) {
            where.and("COALESCE(c.team, '') = ?", sel.team());
        }
        if (sel.outcome() != null) {
            outcome(where, today, f, sel);
        }
        if (sel.assignee() != null) {
            where.and(
                    "EXISTS (SELECT 1 FROM reporting.assignment_fact a WHERE a.case_ref = c.case_ref AND a.username = ?)",
                    sel.assignee());
        }
        String order = Statements.orderBy(CASE_SORTS, sort, "c.opened_on");
        String dir = direction(ascending);
        Sql sql = new Sql()
                .append(
                        "SELECT c.case_ref, c.module, c.reference, c.title, c.procedure, c.status, c.current_stage,"
                                + " c.opened_on, c.owner, c.team, c.organisation, c.target_on, c.target_reached_on, ? - c.opened_on",
                        today)
                .appendAll(where)
                .append(" ORDER BY " + order + dir + " NULLS LAST, c.case_ref" + dir + limit(offset, limit));
        List<CaseItem> rows = Statements.list(
                c,
                sql,
                r -> new CaseItem(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        emptyToNull(r.getString(5)),
                        r.getString(6),
                        r.getString(7),
                        date(r, 8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11),
                        date(r, 12),
                        date(r, 13),
                        r.getLong(14)));
        return Page.exact(rows, Statements.count(c, where), offset, limit);
    }

    /**
     * A case whose measured period (one of a complaint's Art. 78(2) periods, or the case's own target)
     * started in the month asked for and had that outcome: the rows the target report counted.
     */
    private static void outcome(Sql where, LocalDate today, ReportFilter f, CaseSelection sel) {
        where.append(" AND EXISTS (SELECT 1 FROM reporting.target_fact t WHERE t.case_ref = c.case_ref");
        period(where, f, "t.cohort_on");
        if (sel.openedMonth() != null) {
            LocalDate first = sel.openedMonth().withDayOfMonth(1);
            where.and("t.cohort_on >= ? AND t.cohort_on < ?", first, first.plusMonths(1));
        }
        where.append(
                switch (sel.outcome()) {
                    case "MET" -> " AND t.reached_on <= t.target_on";
                    case "LATE" -> " AND t.reached_on > t.target_on";
                    case "OVERDUE" -> " AND t.reached_on IS NULL AND t.open AND t.target_on < ?";
                    default -> " AND t.reached_on IS NULL AND t.open AND t.target_on >= ?";
                },
                sel.outcome().equals("OVERDUE") || sel.outcome().equals("NOT_DUE")
                        ? new Object[] {today}
                        : new Object[0]);
        where.append(")");
    }
}
