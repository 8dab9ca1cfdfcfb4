package fr.vigie.it;

import fr.vigie.devserver.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a fresh embedded PostgreSQL before the integration tests (and so before Arquillian
 * starts Liberty), once per test JVM. Only active where failsafe sets {@code vigie.it.database}.
 */
public class ItDatabase implements LauncherSessionListener {
    private static EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("vigie.it.database") || database != null) {
            return;
        }
        int port = Integer.getInteger("vigie.it.db.port", 54339);
        Path dir = Path.of(System.getProperty("vigie.it.db.dir", "target/it-postgres"));
        try {
            // A fresh database per run: what a killed earlier run left behind would make initdb fail.
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(p);
                    }
                }
            }
            database = EmbeddedDatabase.start(port, dir, false, "vigie-test-owner", "vigie-test-app");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Superuser access to the test database, for checks made behind the application's back. */
    public static DataSource superuser() {
        if (database == null) {
            throw new IllegalStateException("The integration-test database is not running (vigie.it.database=false?)");
        }
        return database.superuserDataSource();
    }

    public static String jdbcUrl() {
        return database.jdbcUrl();
    }
}
