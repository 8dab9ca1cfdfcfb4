package fr.vigie.bench.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference for the benchmark: for each report page, the SQL a developer would write by hand on
 * the same snapshot tables (literal values, no paging helper, no mapping), i.e. the floor the
 * application's query path is compared with.
 */
final class RawReportSql {
    private final LocalDate today;
    private final String team;
    private final String organisationId;
    private final LocalDate from;
    private final LocalDate to;

    RawReportSql(LocalDate today, String team, String organisationId, LocalDate from, LocalDate to) {
        this.today = today;
        this.team = team;
        this.organisationId = organisationId;
        this.from = from;
        this.to = to;
    }

    RawReportSql withoutPeriod() {
        return new RawReportSql(today, team, organisationId, null, null);
    }

    private String filters(boolean detail, String periodColumn) {
        StringBuilder w = new StringBuilder(" AND module IN ('complaints', 'dossiers', 'committee')");
        if (team != null) {
            w.append(" AND team = '").append(team).append("'");
        }
        if (detail && organisationId != null) {
            w.append(" AND organisation_id = '").append(organisationId).append("'");
        }
        if (periodColumn != null && from != null) {
            LocalDate start = periodColumn.equals("month") ? from.withDayOfMonth(1) : from;
            w.append(" AND ")
                    .append(periodColumn)
                    .append(" >= DATE '")
                    .append(start)
                    .append("'");
        }
        if (periodColumn != null && to != null) {
            w.append(" AND ")
                    .append(periodColumn)
                    .append(" <= DATE '")
                    .append(to)
                    .append("'");
        }
        return w.toString();
    }

    private String byOrganisation(String table) {
        return organisationId == null
                ? "reporting." + table
                : "(SELECT * FROM reporting." + table + "_org WHERE organisation_id = '" + organisationId + "') t";
    }

    private String targetSource() {
        return byOrganisation("target_month");
    }

    List<String> deadlineBoard() {
        LocalDate weekEnd = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
        String counts = organisationId == null
                ? "reporting.clock_day"
                : "(SELECT module, procedure, COALESCE(team, '') AS team, state, due_date, 1 AS n FROM reporting.clock_fact"
                        + " WHERE organisation_id = '" + organisationId + "') t";
        String f = filters(false, null);
        return List.of(
                "SELECT module, COALESCE(sum(n) FILTER (WHERE state = 'RUNNING'), 0),"
                        + " COALESCE(sum(n) FILTER (WHERE state = 'AT_RISK'), 0), COALESCE(sum(n) FILTER (WHERE state = 'BREACHED'), 0),"
                        + " COALESCE(sum(n) FILTER (WHERE state = 'SUSPENDED'), 0),"
                        + " COALESCE(sum(n) FILTER (WHERE state <> 'BREACHED' AND due_date BETWEEN DATE '" + today
                        + "' AND DATE '" + weekEnd + "'), 0),"
                        + " COALESCE(sum(n) FILTER (WHERE state <> 'BREACHED' AND due_date BETWEEN DATE '" + today
                        + "' AND DATE '" + monthEnd + "'), 0)"
                        + " FROM " + counts + " WHERE true" + f + " GROUP BY module ORDER BY module",
                "SELECT case_ref, module, reference, title, policy_code, legal_source, owner, team, due_date, state,"
                        + " DATE '" + today + "' - due_date FROM reporting.clock_fact WHERE state = 'BREACHED'"
                        + filters(true, null)
                        + " ORDER BY due_date, id LIMIT 25",
                "SELECT COALESCE(sum(n), 0) FROM " + counts + " WHERE state = 'BREACHED'" + f);
    }

    List<String> ehds() {
        String f = filters(false, "month");
        String hist = organisationId == null
                ? (team == null ? "reporting.stage_hist_all" : "reporting.stage_hist")
                : byOrganisation("stage_hist");
        String reach = byOrganisation("reach_month");
        return List.of(
                "SELECT procedure, sum(cases), sum(met), sum(late), sum(overdue), sum(not_due) FROM " + targetSource()
                        + " WHERE module = 'dossiers' AND procedure IN ('EHDS_PSEUDONYMISED', 'EHDS_ANONYMISED')" + f
                        + " GROUP BY procedure ORDER BY procedure",
                "WITH h AS (SELECT stage, min(stage_order) AS so, days, sum(n) AS n FROM " + hist
                        + " WHERE module = 'dossiers'" + f
                        + " GROUP BY stage, days), c AS (SELECT stage, so, days, n, sum(n) OVER (PARTITION BY stage ORDER BY days) AS cum,"
                        + " sum(n) OVER (PARTITION BY stage) AS total FROM h) SELECT stage, min(so), max(total),"
                        + " min(days) FILTER (WHERE cum >= 0.5 * total), min(days) FILTER (WHERE cum >= 0.9 * total),"
                        + " sum(days * n)::float8 / max(total) FROM c GROUP BY stage ORDER BY 2, 1",
                "SELECT month, sum(reached), sum(in_time), sum(total_days)::float8 / NULLIF(sum(reached), 0) FROM "
                        + reach
                        + " WHERE module = 'dossiers' AND procedure IN ('EHDS_PSEUDONYMISED', 'EHDS_ANONYMISED')" + f
                        + " GROUP BY month ORDER BY month");
    }

    List<String> backlog() {
        String f = filters(true, "opened_on");
        StringBuilder bands = new StringBuilder();
        int[][] bounds = {{0, 3}, {3, 6}, {6, 12}, {12, 30}, {30, -1}};
        for (int[] b : bounds) {
            bands.append(", COALESCE(sum(n) FILTER (WHERE opened_on <= DATE '")
                    .append(today.minusMonths(b[0]))
                    .append("'");
            if (b[1] > 0) {
                bands.append(" AND opened_on > DATE '")
                        .append(today.minusMonths(b[1]))
                        .append("'");
            }
            bands.append("), 0)");
        }
        String old = " FROM reporting.case_fact WHERE is_open" + f + " AND module = 'dossiers' AND opened_on <= DATE '"
                + today.minusMonths(30) + "'";
        String open = byOrganisation("open_day");
        return List.of(
                "SELECT module" + bands + " FROM " + open + " WHERE true" + filters(false, "opened_on")
                        + " GROUP BY module ORDER BY module",
                "SELECT case_ref, module, reference, title, procedure, status, current_stage, opened_on, owner, team, organisation,"
                        + " target_on, target_reached_on, DATE '" + today + "' - opened_on" + old
                        + " ORDER BY opened_on, case_ref LIMIT 25",
                "SELECT count(*)" + old);
    }

    List<String> art78() {
        String f = filters(false, "month");
        List<String> sql = new ArrayList<>();
        for (String key : new String[] {"month::text", "team"}) {
            sql.add("SELECT " + key + ", sum(cases), sum(met), sum(late), sum(overdue), sum(not_due) FROM "
                    + targetSource() + " WHERE module = 'complaints'" + f + " GROUP BY 1 ORDER BY 1");
        }
        return sql;
    }

    List<String> forecast() {
        String agg = organisationId == null
                ? "reporting.forecast_agg"
                : "(SELECT module, procedure, COALESCE(team, '') AS team, target_on, responsible_stage, 1 AS forecast,"
                        + " likely::int AS likely, beyond_history::int AS beyond FROM reporting.forecast WHERE organisation_id = '"
                        + organisationId + "') t";
        String f = filters(false, "target_on");
        return List.of(
                "SELECT module, sum(forecast), sum(likely), sum(beyond) FROM " + agg + " WHERE true" + f
                        + " GROUP BY module ORDER BY module",
                "SELECT module, responsible_stage, sum(likely) FROM " + agg + " WHERE likely > 0" + f
                        + " GROUP BY 1, 2 ORDER BY 1, 3 DESC",
                "SELECT case_ref, module, reference, title, procedure, current_stage, stage_since, owner, team, target_on,"
                        + " expected_p50, expected_p90, p_miss, responsible_stage, beyond_history FROM reporting.forecast"
                        + " WHERE likely" + filters(true, "target_on")
                        + " ORDER BY p_miss DESC NULLS LAST, target_on, case_ref LIMIT 25",
                "SELECT COALESCE(sum(likely), 0) FROM " + agg + " WHERE true" + f);
    }

    List<String> workload() {
        String source = organisationId == null
                ? "reporting.workload_agg"
                : "(SELECT module, procedure, COALESCE(team, '') AS team, username, role, 1 AS open_cases, at_risk_clocks,"
                        + " breached_clocks FROM reporting.assignment_fact WHERE organisation_id = '" + organisationId
                        + "') t";
        return List.of("SELECT username, role, sum(open_cases), sum(at_risk_clocks), sum(breached_clocks)"
                + " FROM " + source + " WHERE true" + filters(false, null)
                + " GROUP BY username, role ORDER BY 4 DESC, 3 DESC, 1 LIMIT 5000");
    }
}
