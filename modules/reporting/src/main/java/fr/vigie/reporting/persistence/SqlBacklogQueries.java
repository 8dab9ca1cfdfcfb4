package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.FactFilter.common;
import static fr.vigie.reporting.persistence.FactFilter.period;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.BacklogQueries;
import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.domain.AgeBand;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Backlog ageing: open cases counted by day of receipt ({@code open_day}, or {@code open_day_org}) summed by age band. */
public final class SqlBacklogQueries implements BacklogQueries {

    @Override
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
        FactFilter.orgAware(sql, f, "reporting.open_day", "reporting.open_day_org", "c");
        sql.append(" WHERE true");
        common(sql, f, modules, false, "c.");
        period(sql, f, "c.opened_on");
        sql.append(" GROUP BY c.module ORDER BY c.module");
        return Statements.list(c, sql, r -> {
            long[] counts = new long[bands.length];
            for (int i = 0; i < bands.length; i++) {
                counts[i] = r.getLong(i + 2);
            }
            return AgeCount.of(r.getString(1), counts);
        });
    }
}
