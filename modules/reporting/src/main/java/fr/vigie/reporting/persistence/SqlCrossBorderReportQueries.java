package fr.vigie.reporting.persistence;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.clock.CrossBorderRules;
import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.CrossBorderReportQueries;
import fr.vigie.reporting.application.ReportRows.CrossBorderItem;
import fr.vigie.reporting.application.ReportRows.RoleStageCount;
import fr.vigie.reporting.application.ReportRows.TransmissionCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Cross-border cases from {@code crossborder.report_cross_border} and transmission clocks from
 * {@code platform.report_clock}: the two published views (ADR 4), nothing else of either module.
 * The investigation's due day is the case's own; when the case has none, the open investigation
 * clock's (either policy of Regulation (EU) 2025/2518) stands in.
 */
public final class SqlCrossBorderReportQueries implements CrossBorderReportQueries {
    private static final String CASES = " FROM crossborder.report_cross_border x WHERE true";

    @Override
    public List<RoleStageCount> byRoleAndStage(Connection c, ReportFilter f) throws SQLException {
        Sql sql = new Sql()
                .append(
                        "SELECT x.role, x.stage, count(*) FILTER (WHERE x.is_open), count(*) FILTER (WHERE NOT x.is_open)")
                .append(CASES);
        filter(sql, f);
        sql.append(" GROUP BY x.role, x.stage ORDER BY x.role DESC, x.stage");
        return Statements.list(
                c, sql, r -> new RoleStageCount(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
    }

    @Override
    public Page<CrossBorderItem> openCases(Connection c, LocalDate today, ReportFilter f, int offset, int limit)
            throws SQLException {
        Sql where = new Sql().append(CASES).and("x.is_open");
        filter(where, f);
        Sql sql = new Sql()
                .append(
                        "SELECT x.case_ref, x.reference, x.role, x.lead_authority, x.organisation, x.rules, x.procedure,"
                                + " x.stage, x.opened_on, COALESCE(x.investigation_due_on, (SELECT min(k.due_date)"
                                + " FROM platform.report_clock k WHERE k.case_ref = x.case_ref AND k.ended_on IS NULL"
                                + " AND k.policy_code IN (?, ?))) AS due_on",
                        CrossBorderRules.INVESTIGATION,
                        CrossBorderRules.SIMPLE_COOPERATION_INVESTIGATION)
                .appendAll(where)
                .append(" ORDER BY due_on ASC NULLS LAST, x.opened_on, x.reference" + Statements.limit(offset, limit));
        List<CrossBorderItem> rows = Statements.list(
                c,
                sql,
                r -> CrossBorderItem.of(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        Statements.date(r, 9),
                        Statements.date(r, 10),
                        today));
        return Page.exact(rows, Statements.count(c, where), offset, limit);
    }

    @Override
    public TransmissionCount transmissions(Connection c, LocalDate today, ReportFilter f) throws SQLException {
        Sql sql = new Sql()
                .append(
                        "SELECT count(*) FILTER (WHERE k.status = 'MET' AND k.ended_on <= k.due_date),"
                                + " count(*) FILTER (WHERE k.status = 'MET' AND k.ended_on > k.due_date),"
                                + " count(*) FILTER (WHERE k.ended_on IS NULL AND k.due_date < ?),"
                                + " count(*) FILTER (WHERE k.ended_on IS NULL AND k.due_date >= ?)"
                                + " FROM platform.report_clock k WHERE k.policy_code = ? AND k.module = ?",
                        today,
                        today,
                        CrossBorderRules.COMPLAINT_TRANSMISSION,
                        ReportingModule.COMPLAINTS);
        FactFilter.period(sql, f, "k.start_event");
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            r.next();
            return new TransmissionCount(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }
    }

    /** Procedure and period of opening; the other filters do not apply to cross-border cases. */
    private static void filter(Sql sql, ReportFilter f) {
        if (f.procedure() != null) {
            sql.and("x.procedure = ?", f.procedure());
        }
        FactFilter.period(sql, f, "x.opened_on");
        f.organisationName().ifPresent(name -> sql.and("lower(x.organisation) = ?", name));
    }
}
