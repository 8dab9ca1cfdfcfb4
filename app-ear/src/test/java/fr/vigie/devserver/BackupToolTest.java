package fr.vigie.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An online backup taken while a client commits rows restores into an empty directory as a
 * consistent database: every row committed before the backup is there, with no hole among those
 * committed during it, and nothing written after it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BackupToolTest {
    @TempDir
    Path temp;

    @Test
    void backupTakenDuringWritesRestoresConsistently() throws Exception {
        ConcurrentSkipListSet<Long> acknowledged = new ConcurrentSkipListSet<>();
        long beforeBackup;
        long afterBackup;
        Path backup = temp.resolve("backup");
        try (EmbeddedDatabase db =
                EmbeddedDatabase.start(freePort(), temp.resolve("live"), false, "owner-pw", "app-pw")) {
            try (Connection c = db.superuserDataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE acts (id bigint PRIMARY KEY, payload text NOT NULL)");
                s.execute("INSERT INTO acts SELECT g, repeat('x', 500) FROM generate_series(1, 20000) g");
            }
            beforeBackup = 20_000;
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> write(db, writing, acknowledged, beforeBackup + 1), "writer");
            writer.start();
            while (acknowledged.size() < 20) {
                Thread.sleep(20);
            }
            BackupTool.Result result =
                    BackupTool.backup("jdbc:postgresql://localhost:" + db.port() + "/postgres", "postgres", "", backup);
            writing.set(false);
            writer.join();
            assertTrue(result.walSegments() >= 1, result.toString());
            try (Connection c = db.superuserDataSource().getConnection();
                    Statement s = c.createStatement()) {
                afterBackup = acknowledged.last() + 1_000_000;
                s.execute("INSERT INTO acts VALUES (" + afterBackup + ", 'after the backup')");
            }
        }
        Path restored = temp.resolve("restored");
        BackupTool.restore(backup, restored);
        assertThrows(
                IllegalArgumentException.class,
                () -> BackupTool.restore(backup, restored),
                "restore needs an empty directory");

        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setPort(freePort())
                        .setDataDirectory(restored)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofMinutes(2))
                        .start();
                Connection c =
                        pg.getDatabase("postgres", EmbeddedDatabase.DATABASE).getConnection();
                Statement s = c.createStatement()) {
            assertEquals(beforeBackup, count(s, "SELECT count(*) FROM acts WHERE id <= " + beforeBackup));
            long maxRestored = count(s, "SELECT max(id) FROM acts WHERE id < " + afterBackup);
            long expected = acknowledged.headSet(maxRestored, true).size();
            assertEquals(
                    expected,
                    count(s, "SELECT count(*) FROM acts WHERE id > " + beforeBackup + " AND id <= " + maxRestored),
                    "a hole among the rows committed during the backup");
            assertTrue(maxRestored > beforeBackup, "rows committed during the backup");
            assertEquals(0, count(s, "SELECT count(*) FROM acts WHERE id = " + afterBackup));
            System.out.printf(
                    "[BackupToolTest] %d rows acknowledged during the backup, %d in the restored copy%n",
                    acknowledged.size(), expected);
        }
        assertFalse(Files.exists(restored.resolve("backup_label")), "recovery consumed the backup label");
    }

    private static void write(
            EmbeddedDatabase db, AtomicBoolean writing, ConcurrentSkipListSet<Long> acknowledged, long first) {
        try (Connection c = db.superuserDataSource().getConnection();
                Statement s = c.createStatement()) {
            for (long id = first; writing.get(); id++) {
                s.execute("INSERT INTO acts VALUES (" + id + ", 'during the backup')");
                acknowledged.add(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
