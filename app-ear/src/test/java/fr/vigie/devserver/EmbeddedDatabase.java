package fr.vigie.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * A real PostgreSQL (binaries from Maven, no root, no Docker) for the dev server and the
 * integration tests, set up the way production expects: a database owned by the migration role
 * and a separate least-privileged application role.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "vigie";
    public static final String OWNER = "vigie_owner";
    public static final String APP = "vigie_app";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDirectory;
    private final ProcessHandle postmaster;
    private boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, Path dataDirectory) {
        this.postgres = postgres;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.postmaster = postmaster(dataDirectory);
    }

    /** The server's process, from the first line of postmaster.pid (null if it cannot be read). */
    private static ProcessHandle postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty()
                    ? null
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).orElse(null);
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param keepData true to keep (and reuse) the data directory across runs
     */
    public static EmbeddedDatabase start(
            int port, Path dataDirectory, boolean keepData, String ownerPassword, String appPassword)
            throws IOException, SQLException {
        requireFreePort(port);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("lc_messages", "C")
                // Zonky starts PostgreSQL with -F (fsync off) and synchronous_commit=off: fine for a
                // throw-away database, not for the run command's data, which must survive an OS crash
                // or a power cut. A later -c on the command line overrides -F.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // WAL kept for an online backup (BackupTool) even if checkpoints happen during the copy.
                .setServerConfig("wal_keep_size", "512MB")
                .setPGStartupWait(Duration.ofMinutes(2))
                .start();
        EmbeddedDatabase db = new EmbeddedDatabase(pg, port, dataDirectory);
        db.bootstrap(ownerPassword, appPassword);
        return db;
    }

    /** Zonky reports success when another server already listens there: refuse that up front. */
    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Port " + port + " is already in use: another Vigie database or PostgreSQL "
                            + "is running there. Stop it, or choose another port (VIGIE_DB_PORT).",
                    e);
        }
    }

    private void bootstrap(String ownerPassword, String appPassword) throws SQLException {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            ensureRole(c, OWNER, ownerPassword);
            ensureRole(c, APP, appPassword);
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8'");
            }
        }
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + APP);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }

    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        try (Statement s = c.createStatement()) {
            String quoted = "'" + password.replace("'", "''") + "'";
            if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                s.execute("ALTER ROLE " + role + " LOGIN PASSWORD " + quoted);
            } else {
                s.execute("CREATE ROLE " + role + " LOGIN PASSWORD " + quoted);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    public int port() {
        return port;
    }

    /** A superuser connection to Vigie's database, for tests that act behind the application's back. */
    public DataSource superuserDataSource() {
        return postgres.getDatabase("postgres", DATABASE);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        // Zonky's pg_ctl gives up after 5 s, but the server goes on shutting down (its final checkpoint
        // is flushed to disk): wait for it, so that nothing outlives the launcher.
        if (postmaster != null && postmaster.isAlive()) {
            try {
                postmaster.onExit().get(2, TimeUnit.MINUTES);
            } catch (TimeoutException | ExecutionException e) {
                System.err.println("Embedded PostgreSQL (pid " + postmaster.pid() + ") still running: stopping it.");
                postmaster.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The data directory this server runs on. */
    public Path dataDirectory() {
        return dataDirectory;
    }
}
