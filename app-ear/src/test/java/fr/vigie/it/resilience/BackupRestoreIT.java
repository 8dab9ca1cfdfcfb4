package fr.vigie.it.resilience;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.devserver.BackupTool;
import fr.vigie.devserver.EmbeddedDatabase;
import fr.vigie.it.Api;
import fr.vigie.it.ItAuditKey;
import fr.vigie.it.RunningVigie;
import fr.vigie.platform.audit.application.StoredChain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The documented online backup (BackupTool, {@code mvn -Pbackup verify}) of the running test database,
 * taken while clients create complaints through the API, restored into an empty directory and started
 * on its own: every complaint acknowledged before the backup is there with its audit entry and its
 * clock, the one created after it is not, and the audit chain recomputed over the restored rows (the
 * same {@link StoredChain} walk behind {@code GET /api/audit/verify}) is intact, as the live one is.
 */
class BackupRestoreIT extends RunningVigie {

    @Test
    void onlineBackupRestoresTheDataAsItWasWithAnIntactAuditChain() throws Exception {
        String before = Fixtures.complaint();
        List<String> duringBackup = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(
                () -> {
                    while (writing.get()) {
                        duringBackup.add(Fixtures.complaint());
                    }
                },
                "api-writer");
        writer.start();

        Path target =
                Path.of("target", "it-backup-" + ThreadLocalRandom.current().nextInt(1_000_000));
        BackupTool.Result backup = BackupTool.backup(
                "jdbc:postgresql://localhost:" + Integer.getInteger("vigie.it.db.port", 54339) + "/postgres",
                "postgres",
                "",
                target);
        writing.set(false);
        writer.join(Duration.ofMinutes(2).toMillis());
        String after = Fixtures.complaint();
        System.out.printf(
                "[BackupRestoreIT] backup of %d files (%.1f MB, %d WAL segment(s)) while %d complaints were created%n",
                backup.files(), backup.bytes() / 1e6, backup.walSegments(), duringBackup.size());

        Path restored = Files.createTempDirectory("vigie-restored-");
        Files.delete(restored);
        BackupTool.restore(target, restored);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setPort(freePort())
                        .setDataDirectory(restored)
                        // false: a clean directory would mean initdb over the restored copy.
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofMinutes(2))
                        .start();
                Connection c =
                        pg.getDatabase("postgres", EmbeddedDatabase.DATABASE).getConnection()) {
            assertWhole(c, before);
            int restoredDuring = 0;
            for (String reference : duringBackup) {
                if (exists(c, reference)) {
                    assertWhole(c, reference);
                    restoredDuring++;
                }
            }
            assertTrue(!exists(c, after), "a complaint created after the backup is in it");
            Optional<String> problem = walkChain(c);
            assertTrue(problem.isEmpty(), "restored audit chain: " + problem.orElse(""));
            System.out.printf(
                    "[BackupRestoreIT] restored: %d of the %d complaints created during the backup, audit chain intact%n",
                    restoredDuring, duringBackup.size());
        }
        JsonObject live = Api.as("auditor").get("audit/verify").json();
        assertTrue(live.getBoolean("intact"), live.toString());
    }

    /** The complaint, its intake audit entry and its clock: nothing half-written. */
    private static void assertWhole(Connection c, String reference) throws SQLException {
        assertTrue(exists(c, reference), reference + " missing from the restored database");
        assertTrue(
                count(c, "SELECT count(*) FROM platform.audit_entry WHERE case_ref = ?", "complaints:" + reference) > 0,
                reference + " has no audit entry");
        assertTrue(
                count(c, "SELECT count(*) FROM platform.clock WHERE case_ref = ?", "complaints:" + reference) > 0,
                reference + " has no clock");
    }

    private static boolean exists(Connection c, String reference) throws SQLException {
        return count(c, "SELECT count(*) FROM complaints.complaint WHERE reference = ?", reference) == 1;
    }

    private static long count(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The same walk as {@code GET /api/audit/verify}, with the key the test server runs with. */
    static Optional<String> walkChain(Connection c) throws SQLException {
        return Optional.ofNullable(StoredChain.verify(c, ItAuditKey.key()).problem());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
