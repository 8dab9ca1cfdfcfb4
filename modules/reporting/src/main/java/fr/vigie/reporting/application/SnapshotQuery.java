package fr.vigie.reporting.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The reporting snapshot's state (its day is every report's "today"); implemented in persistence. */
public interface SnapshotQuery {
    /** Empty before the first snapshot was built. */
    Optional<Snapshot> snapshot(Connection c) throws SQLException;
}
