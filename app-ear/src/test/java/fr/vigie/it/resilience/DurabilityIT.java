package fr.vigie.it.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.it.ItDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL (the same {@code EmbeddedDatabase} the run command starts) keeps committed
 * acts across an operating-system crash: fsync, synchronous commit and full-page writes are on, as
 * the application's own role sees them (a role-level override would show here too).
 */
class DurabilityIT {

    @Test
    void embeddedDatabaseFlushesEveryCommitToDisk() throws SQLException {
        try (Connection app = DriverManager.getConnection(ItDatabase.jdbcUrl(), "vigie_app", "vigie-test-app")) {
            assertEquals("on", show(app, "fsync"));
            assertEquals("on", show(app, "synchronous_commit"));
            assertEquals("on", show(app, "full_page_writes"));
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
