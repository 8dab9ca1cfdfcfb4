package fr.vigie.platform.api.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The usual shape of a module's {@link OrganisationBackfillContribution}: one table of the module's
 * own schema with a {@code BIGINT id}, a nullable {@code organisation_id} and its copy of the
 * organisation's number, name and country. A module names its own columns; the statements run in
 * the caller's transaction, on the module's connection. Rows are updated only while their id is
 * still null, so a person's concurrent act is never overwritten, and the case's version is left as
 * it is: linking to the directory changes no business fact of the case.
 *
 * @param module  the module's name, recorded when an organisation is registered
 * @param table   schema-qualified table, e.g. {@code complaints.complaint}
 * @param number  column holding the SIREN or SIRET
 * @param name    column holding the organisation's name
 * @param country column holding its ISO country code, or null when the table keeps none (France)
 */
public record TableBackfill(String module, String table, String number, String name, String country) {
    /** Fills one batch; see {@link OrganisationBackfillContribution#fill}. */
    public OrganisationBackfillContribution.Batch fill(
            DataSource dataSource, long afterId, int limit, OrganisationEnrolment enrolment) {
        String select = "SELECT id, " + number + ", " + name + ", " + (country == null ? "NULL" : country) + " FROM "
                + table + " WHERE organisation_id IS NULL AND id > ? ORDER BY id LIMIT ?";
        String update = "UPDATE " + table + " SET organisation_id = ? WHERE id = ? AND organisation_id IS NULL";
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setLong(1, afterId);
                statement.setInt(2, limit);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(
                                result.getLong(1), result.getString(2), result.getString(3), result.getString(4)));
                    }
                }
            }
            int filled = 0;
            long lastId = afterId;
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Row row : rows) {
                    lastId = row.id();
                    OptionalLong id = enrolment.enrol(module, row.number(), row.name(), row.country());
                    if (id.isPresent()) {
                        statement.setLong(1, id.getAsLong());
                        statement.setLong(2, row.id());
                        // 0 rows when a person linked it meanwhile: it has an id either way.
                        statement.executeUpdate();
                        filled++;
                    }
                }
            }
            return new OrganisationBackfillContribution.Batch(lastId, rows.size(), filled, rows.size() - filled);
        } catch (SQLException e) {
            throw new IllegalStateException("Organisation backfill of " + table + ": " + e.getMessage(), e);
        }
    }

    private record Row(long id, String number, String name, String country) {}

    /**
     * The usual {@link OrganisationNameProjection#refresh}: the table's name (and country) columns of
     * the rows referring to each organisation take the directory's values; rows already equal are not
     * written, and the case's version is left as it is (a name shown from the directory is no act of
     * the case).
     */
    public int refreshNames(DataSource dataSource, Map<Long, OrganisationSummary> organisations) {
        String set = name + " = ?" + (country == null ? "" : ", " + country + " = ?");
        String differs =
                name + " IS DISTINCT FROM ?" + (country == null ? "" : " OR " + country + " IS DISTINCT FROM ?");
        String update = "UPDATE " + table + " SET " + set + " WHERE organisation_id = ? AND (" + differs + ")";
        int changed = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            for (OrganisationSummary organisation : organisations.values()) {
                if (organisation.name() == null) {
                    continue;
                }
                int i = 1;
                statement.setString(i++, organisation.name());
                if (country != null) {
                    statement.setString(i++, organisation.country());
                }
                statement.setLong(i++, organisation.id());
                statement.setString(i++, organisation.name());
                if (country != null) {
                    statement.setString(i, organisation.country());
                }
                changed += statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Organisation names of " + table + ": " + e.getMessage(), e);
        }
        return changed;
    }
}
