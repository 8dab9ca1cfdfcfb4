package fr.vigie.reporting.persistence;

import fr.vigie.platform.api.persistence.Sql;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Rows of {@code key, cases, met, late, overdue, not_due}: the shape the EHDS and Art. 78(2) reports share. */
final class TargetComplianceRows {
    private TargetComplianceRows() {}

    static List<TargetCompliance> read(Connection c, Sql sql) throws SQLException {
        return Statements.list(
                c,
                sql,
                r -> TargetCompliance.of(
                        r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
    }
}
