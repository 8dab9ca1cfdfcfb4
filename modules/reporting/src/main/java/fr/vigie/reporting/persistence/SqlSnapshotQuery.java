package fr.vigie.reporting.persistence;

import static fr.vigie.reporting.persistence.Statements.textArray;

import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.application.SnapshotQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The snapshot's state, from {@code reporting.refresh_state}. */
public final class SqlSnapshotQuery implements SnapshotQuery {
    @Override
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
}
