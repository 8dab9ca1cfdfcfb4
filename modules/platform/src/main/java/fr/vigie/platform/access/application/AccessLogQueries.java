package fr.vigie.platform.access.application;

import fr.vigie.platform.api.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The auditor's search over the read-access log and its alerts: filtering, ordering (newest first)
 * and paging happen in SQL, on the (actor, time), (case, time) and time indexes.
 */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AccessLogQueries {
    static final ZoneId AUTHORITY_ZONE = ZoneId.of("Europe/Paris");
    static final int MAX_PAGE = 500;

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    public List<ReadAccessView> search(AccessLogFilter filter, int first, int pageSize) {
        Where where = where(filter);
        String sql = "SELECT id, occurred_at, actor, kind, module, case_ref, detail, client_address, request_id"
                + " FROM platform.read_access" + where.sql + " ORDER BY occurred_at DESC, id DESC OFFSET ? LIMIT ?";
        List<Object> parameters = new ArrayList<>(where.parameters);
        parameters.add(Math.max(0, first));
        parameters.add(Math.min(Math.max(1, pageSize), MAX_PAGE));
        return query(
                sql,
                parameters,
                rows -> new ReadAccessView(
                        rows.getLong(1),
                        rows.getTimestamp(2).toInstant(),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9)));
    }

    public long count(AccessLogFilter filter) {
        Where where = where(filter);
        return query("SELECT count(*) FROM platform.read_access" + where.sql, where.parameters, rows -> rows.getLong(1))
                .get(0);
    }

    /** The latest alerts, newest first. */
    public List<VolumeAlertView> alerts(int limit) {
        return query(
                "SELECT id, actor, window_start, raised_at, reads_in_hour, threshold FROM platform.read_access_alert"
                        + " ORDER BY raised_at DESC, id DESC LIMIT ?",
                List.of(Math.min(Math.max(1, limit), MAX_PAGE)),
                rows -> new VolumeAlertView(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getTimestamp(3).toInstant(),
                        rows.getTimestamp(4).toInstant(),
                        rows.getInt(5),
                        rows.getInt(6)));
    }

    private record Where(String sql, List<Object> parameters) {}

    private static Where where(AccessLogFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (f.user() != null) {
            clauses.add("actor = ?");
            parameters.add(f.user());
        }
        if (f.caseRef() != null) {
            clauses.add("case_ref = ?");
            parameters.add(f.caseRef().toString());
        }
        if (f.kind() != null) {
            clauses.add("kind = ?");
            parameters.add(f.kind().name());
        }
        if (f.from() != null) {
            clauses.add("occurred_at >= ?");
            parameters.add(Timestamp.from(f.from().atStartOfDay(AUTHORITY_ZONE).toInstant()));
        }
        if (f.to() != null) {
            clauses.add("occurred_at < ?");
            parameters.add(Timestamp.from(
                    f.to().plusDays(1).atStartOfDay(AUTHORITY_ZONE).toInstant()));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters);
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The read-access log could not be searched: " + e.getMessage(), e);
        }
    }
}
