package fr.vigie.reporting.persistence;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.CaseSelection;
import fr.vigie.reporting.application.ClockSelection;
import fr.vigie.reporting.application.ReportReads;
import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.application.ReportRows.ForecastCount;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.ResponsibleCount;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.ReportRows.WorkloadRow;
import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.domain.AgeBand;
import fr.vigie.reporting.domain.ReportFilter;
import jakarta.enterprise.context.Dependent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every report's SQL. Filters, sorting and paging happen in PostgreSQL; sort keys are whitelisted
 * and user input only ever reaches the statements as parameters. Aggregate reports read the small
 * pre-aggregated tables ({@code target_month}, {@code reach_month}, {@code stage_hist}) unless an
 * organisation is asked for: those tables do not keep organisations (it would multiply their size
 * by the number of organisations), so the same aggregate is then computed from the detail tables
 * through their organisation index, which an organisation's few cases make fast.
 *
 * <p>"Today" is the snapshot's day ({@link Snapshot#asOf()}), so that every number on a page
 * agrees with the others and with the data's age shown on it.
 */
@Dependent
public final class ReportQueries implements ReportReads {

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

    // ---------------------------------------------------------------- snapshot

    public Optional<Snapshot> snapshot(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT generation, as_of, refreshed_at, duration_ms, modules,"
                        + " missing_modules, clocks_included FROM reporting.refresh_state WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new Snapshot(
                    r.getLong(1),
                    r.getDate(2).toLocalDate(),
                    r.getTimestamp(3).toInstant(),
                    r.getLong(4),
                    textArray(r.getArray(5)),
                    textArray(r.getArray(6)),
                    r.getBoolean(7)));
        }
    }

    // ---------------------------------------------------------------- 1. deadline board

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
        List<DeadlineCount> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(DeadlineCount.of(
                        r.getString(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getLong(6),
                        r.getLong(7)));
            }
        }
        return rows;
    }

    /** Open clocks matching a drill-down (the overdue list is {@link ClockSelection#overdue()}). */
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
        String order = CLOCK_SORTS.getOrDefault(sort == null ? "" : sort, "due_date");
        String dir = ascending ? " ASC" : " DESC";
        Sql sql = new Sql()
                .append(
                        "SELECT case_ref, module, reference, title, policy_code, legal_source, owner, team,"
                                + " due_date, state, ? - due_date",
                        today)
                .appendAll(where)
                .append(" ORDER BY " + order + dir + " NULLS LAST, id" + dir + limit(offset, limit));
        List<ClockItem> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new ClockItem(
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
            }
        }
        return Page.exact(rows, sum(c, counted), offset, limit);
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

    // ---------------------------------------------------------------- 2. EHDS compliance

    /** Dossiers reaching data access within their target (8 or 9 months), by procedure; period = month of submission. */
    public List<TargetCompliance> ehdsCompliance(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        Sql sql =
                new Sql().append("SELECT procedure, sum(cases), sum(met), sum(late), sum(overdue), sum(not_due) FROM ");
        targetSource(sql, today, f);
        sql.append(
                " WHERE module = ? AND procedure IN (?, ?)",
                ReportingModule.DOSSIERS,
                ReportingModule.EHDS_PSEUDONYMISED,
                ReportingModule.EHDS_ANONYMISED);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY procedure ORDER BY procedure");
        return compliance(c, sql);
    }

    /** Median, p90 and mean days per stage of the module's ended stages; period = month the stage ended. */
    public List<StageDuration> stageDurations(Connection c, String module, ReportFilter f, Set<String> modules)
            throws SQLException {
        Sql sql = new Sql().append("WITH h AS (SELECT stage, min(stage_order) AS so, days, sum(n) AS n FROM ");
        histSource(sql, f);
        sql.append(" WHERE module = ?", module);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY stage, days),"
                + " c AS (SELECT stage, so, days, n, sum(n) OVER (PARTITION BY stage ORDER BY days) AS cum,"
                + " sum(n) OVER (PARTITION BY stage) AS total FROM h)"
                + " SELECT stage, min(so), max(total), min(days) FILTER (WHERE cum >= 0.5 * total),"
                + " min(days) FILTER (WHERE cum >= 0.9 * total), sum(days * n)::float8 / max(total)"
                + " FROM c GROUP BY stage ORDER BY 2, 1");
        List<StageDuration> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new StageDuration(
                        r.getString(1),
                        r.getInt(2),
                        r.getLong(3),
                        (Integer) r.getObject(4),
                        (Integer) r.getObject(5),
                        r.getDouble(6)));
            }
        }
        return rows;
    }

    /** EHDS dossiers that reached data access, by month of access (Art. 59(1)(h): average days from application). */
    public List<MonthlyReach> ehdsAccessByMonth(Connection c, ReportFilter f, Set<String> modules) throws SQLException {
        Sql sql = new Sql()
                .append(
                        "SELECT month, sum(reached), sum(in_time), sum(total_days)::float8 / NULLIF(sum(reached), 0) FROM ");
        reachSource(sql, f);
        sql.append(
                " WHERE module = ? AND procedure IN (?, ?)",
                ReportingModule.DOSSIERS,
                ReportingModule.EHDS_PSEUDONYMISED,
                ReportingModule.EHDS_ANONYMISED);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY month ORDER BY month");
        List<MonthlyReach> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(MonthlyReach.of(date(r, 1), r.getLong(2), r.getLong(3), (Double) r.getObject(4)));
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- 3. backlog ageing

    public List<AgeCount> backlog(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        AgeBand[] bands = AgeBand.values();
        StringBuilder select = new StringBuilder("SELECT c.module");
        List<Object> bounds = new ArrayList<>();
        for (AgeBand band : bands) {
            select.append(", COALESCE(sum(n) FILTER (WHERE c.opened_on <= ?");
            bounds.add(band.openedOnOrBefore(today));
            if (band.toMonths() != Integer.MAX_VALUE) {
                select.append(" AND c.opened_on > ?");
                bounds.add(today.minusMonths(band.toMonths()));
            }
            select.append("), 0)");
        }
        Sql sql = new Sql().append(select + " FROM ", bounds.toArray());
        orgAware(sql, f, "reporting.open_day", "reporting.open_day_org", "c");
        sql.append(" WHERE true");
        commonCase(sql, f, modules, false);
        period(sql, f, "c.opened_on");
        sql.append(" GROUP BY c.module ORDER BY c.module");
        List<AgeCount> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long[] counts = new long[bands.length];
                for (int i = 0; i < bands.length; i++) {
                    counts[i] = r.getLong(i + 2);
                }
                rows.add(AgeCount.of(r.getString(1), counts));
            }
        }
        return rows;
    }

    /** Cases matching a drill-down (age band, month of receipt and target outcome, assignee...). */
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
        commonCase(where, f, modules, true);
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
            // A case whose measured period (one of a complaint's Art. 78(2) periods, or the case's own
            // target) started in the month asked for and had that outcome: the rows the target report counted.
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
        if (sel.assignee() != null) {
            where.and(
                    "EXISTS (SELECT 1 FROM reporting.assignment_fact a WHERE a.case_ref = c.case_ref AND a.username = ?)",
                    sel.assignee());
        }
        String order = CASE_SORTS.getOrDefault(sort == null ? "" : sort, "c.opened_on");
        String dir = ascending ? " ASC" : " DESC";
        Sql sql = new Sql()
                .append(
                        "SELECT c.case_ref, c.module, c.reference, c.title, c.procedure, c.status, c.current_stage,"
                                + " c.opened_on, c.owner, c.team, c.organisation, c.target_on, c.target_reached_on, ? - c.opened_on",
                        today)
                .appendAll(where)
                .append(" ORDER BY " + order + dir + " NULLS LAST, c.case_ref" + dir + limit(offset, limit));
        List<CaseItem> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new CaseItem(
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
            }
        }
        return Page.exact(rows, count(c, where), offset, limit);
    }

    // ---------------------------------------------------------------- 4. complaints Art. 78(2)

    /** Complaints whose complainant was informed within 3 months, by month of receipt. */
    public List<TargetCompliance> art78ByMonth(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        return art78(c, today, f, modules, "month::text");
    }

    /** The same, by team, over the period. */
    public List<TargetCompliance> art78ByTeam(Connection c, LocalDate today, ReportFilter f, Set<String> modules)
            throws SQLException {
        return art78(c, today, f, modules, "team");
    }

    private List<TargetCompliance> art78(Connection c, LocalDate today, ReportFilter f, Set<String> modules, String key)
            throws SQLException {
        Sql sql = new Sql()
                .append("SELECT " + key + ", sum(cases), sum(met), sum(late), sum(overdue), sum(not_due) FROM ");
        targetSource(sql, today, f);
        sql.append(" WHERE module = ?", ReportingModule.COMPLAINTS);
        common(sql, f, modules, false);
        period(sql, f, "month");
        sql.append(" GROUP BY 1 ORDER BY 1");
        return compliance(c, sql);
    }

    // ---------------------------------------------------------------- 5. breach forecast

    /** Open cases forecast, likely to breach (probability at least the configured threshold) and beyond history. */
    public List<ForecastCount> forecastCounts(Connection c, ReportFilter f, Set<String> modules) throws SQLException {
        Sql sql = new Sql().append("SELECT module, sum(forecast), sum(likely), sum(beyond) FROM ");
        forecastCountsSource(sql, f);
        sql.append(" WHERE true");
        common(sql, f, modules, false);
        period(sql, f, "target_on");
        sql.append(" GROUP BY module ORDER BY module");
        List<ForecastCount> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new ForecastCount(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4)));
            }
        }
        return rows;
    }

    public List<ResponsibleCount> forecastByStage(Connection c, ReportFilter f, Set<String> modules)
            throws SQLException {
        Sql sql = new Sql().append("SELECT module, responsible_stage, sum(likely) FROM ");
        forecastCountsSource(sql, f);
        sql.append(" WHERE likely > 0");
        common(sql, f, modules, false);
        period(sql, f, "target_on");
        sql.append(" GROUP BY 1, 2 ORDER BY 1, 3 DESC");
        List<ResponsibleCount> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new ResponsibleCount(r.getString(1), r.getString(2), r.getLong(3)));
            }
        }
        return rows;
    }

    /** Open cases likely to miss their target, most likely first. */
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
        String order = FORECAST_SORTS.getOrDefault(sort == null ? "" : sort, "p_miss");
        String dir = ascending ? " ASC" : " DESC";
        Sql sql = new Sql()
                .append("SELECT case_ref, module, reference, title, procedure, current_stage, stage_since, owner,"
                        + " team, target_on, expected_p50, expected_p90, p_miss, responsible_stage, beyond_history")
                .appendAll(where)
                .append(" ORDER BY " + order + dir + " NULLS LAST, target_on, case_ref" + limit(offset, limit));
        List<ForecastItem> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new ForecastItem(
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
            }
        }
        return Page.exact(rows, sumOf(c, counted, "likely"), offset, limit);
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
        if (!f.hasOrganisation()) {
            sql.append("reporting.forecast_agg");
            return;
        }
        sql.append("(SELECT module, procedure, COALESCE(team, '') AS team, target_on, responsible_stage, 1 AS forecast,"
                + " likely::int AS likely, beyond_history::int AS beyond FROM reporting.forecast WHERE true");
        organisation(sql, f, "");
        sql.append(") t");
    }

    // ---------------------------------------------------------------- 6. workload

    public List<WorkloadRow> workload(Connection c, ReportFilter f, Set<String> modules, Collection<String> roles)
            throws SQLException {
        Sql sql = new Sql()
                .append("SELECT username, role, sum(open_cases), sum(at_risk_clocks), sum(breached_clocks) FROM ");
        if (f.hasOrganisation()) {
            sql.append("(SELECT module, procedure, COALESCE(team, '') AS team, username, role, 1 AS open_cases,"
                    + " at_risk_clocks, breached_clocks FROM reporting.assignment_fact WHERE true");
            organisation(sql, f, "");
            sql.append(") t");
        } else {
            sql.append("reporting.workload_agg");
        }
        sql.append(" WHERE true");
        common(sql, f, modules, false);
        if (roles != null && !roles.isEmpty()) {
            sql.and("role = ANY(?)", List.copyOf(roles));
        }
        sql.append(" GROUP BY username, role ORDER BY 4 DESC, 3 DESC, 1 LIMIT 5000");
        List<WorkloadRow> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new WorkloadRow(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)));
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- shared pieces

    /**
     * Filters every fact table shares: module (among those the reader may see), team, procedure and,
     * for detail tables, organisation.
     */
    private static void common(Sql sql, ReportFilter f, Set<String> modules, boolean detail) {
        sql.and("module = ANY(?)", List.copyOf(modules));
        if (f.module() != null) {
            sql.and("module = ?", f.module());
        }
        if (f.team() != null) {
            sql.and("team = ?", f.team());
        }
        if (f.procedure() != null) {
            sql.and("procedure = ?", f.procedure());
        }
        if (detail) {
            organisation(sql, f, "");
        }
    }

    private static void commonCase(Sql sql, ReportFilter f, Set<String> modules, boolean detail) {
        sql.and("c.module = ANY(?)", List.copyOf(modules));
        if (f.module() != null) {
            sql.and("c.module = ?", f.module());
        }
        if (f.team() != null) {
            sql.and("c.team = ?", f.team());
        }
        if (f.procedure() != null) {
            sql.and("c.procedure = ?", f.procedure());
        }
        if (detail) {
            organisation(sql, f, "c.");
        }
    }

    /**
     * An organisation by SIREN/SIRET, or by exact name (any case): the name is looked up in the cases,
     * the only table that keeps names, and the other tables are filtered by the identifiers found.
     */
    private static void organisation(Sql sql, ReportFilter f, String alias) {
        f.organisationIdentifier().ifPresent(id -> sql.and(alias + "organisation_id = ?", id));
        f.organisationName()
                .ifPresent(name -> sql.and(
                        alias + "organisation_id IN (SELECT o.organisation_id FROM"
                                + " reporting.case_fact o WHERE lower(o.organisation) = ? AND o.organisation_id IS NOT NULL)",
                        name));
    }

    private static void clockCounts(Sql sql, ReportFilter f) {
        if (!f.hasOrganisation()) {
            sql.append("reporting.clock_day");
            return;
        }
        sql.append("(SELECT module, procedure, COALESCE(team, '') AS team, state, due_date, 1 AS n"
                + " FROM reporting.clock_fact WHERE true");
        organisation(sql, f, "");
        sql.append(") t");
    }

    private static long sum(Connection c, Sql from) throws SQLException {
        return sumOf(c, from, "n");
    }

    private static long sumOf(Connection c, Sql from, String column) throws SQLException {
        Sql sql = new Sql().append("SELECT COALESCE(sum(" + column + "), 0)").appendAll(from);
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Monthly columns hold the first day of the month: a period covers the months it touches. */
    private static void period(Sql sql, ReportFilter f, String column) {
        boolean monthly = column.equals("month");
        if (f.from() != null) {
            sql.and(column + " >= ?", monthly ? f.from().withDayOfMonth(1) : f.from());
        }
        if (f.to() != null) {
            sql.and(column + " <= ?", f.to());
        }
    }

    /** Targets by month of receipt: the aggregate table, or its per-organisation twin. */
    private static void targetSource(Sql sql, LocalDate today, ReportFilter f) {
        orgAware(sql, f, "reporting.target_month", "reporting.target_month_org");
    }

    private static void reachSource(Sql sql, ReportFilter f) {
        orgAware(sql, f, "reporting.reach_month", "reporting.reach_month_org");
    }

    private static void histSource(Sql sql, ReportFilter f) {
        orgAware(
                sql,
                f,
                f.team() == null ? "reporting.stage_hist_all" : "reporting.stage_hist",
                "reporting.stage_hist_org");
    }

    /**
     * An aggregate, or when an organisation is asked for, the same aggregate kept per organisation
     * (indexed by SIREN/SIRET: the busiest organisation's rows are a few thousand, whatever its number of cases).
     */
    private static void orgAware(Sql sql, ReportFilter f, String table, String byOrganisation) {
        orgAware(sql, f, table, byOrganisation, "t");
    }

    private static void orgAware(Sql sql, ReportFilter f, String table, String byOrganisation, String alias) {
        if (!f.hasOrganisation()) {
            sql.append(table + " " + alias);
            return;
        }
        sql.append("(SELECT * FROM " + byOrganisation + " WHERE true");
        organisation(sql, f, "");
        sql.append(") " + alias);
    }

    private static List<TargetCompliance> compliance(Connection c, Sql sql) throws SQLException {
        List<TargetCompliance> rows = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(TargetCompliance.of(
                        r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
            }
        }
        return rows;
    }

    private static long count(Connection c, Sql where) throws SQLException {
        Sql sql = new Sql().append("SELECT count(*)").appendAll(where);
        try (PreparedStatement s = sql.prepare(c);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String limit(int offset, int limit) {
        return " LIMIT " + Math.max(1, Math.min(limit, MAX_PAGE)) + " OFFSET " + Math.max(0, offset);
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> textArray(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
