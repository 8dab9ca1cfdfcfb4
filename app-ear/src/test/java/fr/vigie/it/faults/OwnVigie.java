package fr.vigie.it.faults;

import fr.vigie.devserver.EmbeddedDatabase;
import fr.vigie.devserver.ServerCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A Vigie of its own for the fault tests (ADR 6): its own embedded PostgreSQL and its own Liberty
 * server, a {@link ServerCopy} of the suite's test server (same EAR, same configuration) on free ports,
 * so that a test can kill it with SIGKILL, stop its database, or make the database read-only, without
 * touching the shared Arquillian server.
 */
final class OwnVigie implements AutoCloseable {
    /** A cold start takes 1 to 4 minutes on a loaded two-core machine. */
    private static final Duration COLD_START = Duration.ofMinutes(12);

    private final ServerCopy liberty;
    private final int dbPort;
    private final Path dbDirectory;
    private EmbeddedDatabase database;

    private OwnVigie(ServerCopy liberty, int dbPort, Path dbDirectory) {
        this.liberty = liberty;
        this.dbPort = dbPort;
        this.dbDirectory = dbDirectory;
    }

    /** Creates the server from the suite's test server and starts the database, then Liberty. */
    static OwnVigie start() throws Exception {
        Path wlp = Path.of("target/liberty/wlp").toAbsolutePath();
        String testServer = System.getProperty("arq.container.liberty.configuration.serverName", "vigie-test");
        Path source = wlp.resolve("usr/servers").resolve(testServer);
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("The suite's test server is missing: " + source);
        }
        int http = freePort();
        int https = freePort();
        int db = freePort();
        // The Arquillian adapter refuses to start when a JVM's name contains its server's name: this one must not.
        String name = "vgfault" + http;
        ServerCopy liberty = ServerCopy.prepare(
                wlp,
                source,
                name,
                http,
                https,
                null,
                Map.of("vigie.db.port", Integer.toString(db), "vigie.mail.enabled", "false"),
                null);
        OwnVigie vigie =
                new OwnVigie(liberty, db, Path.of("target", name + "-postgres").toAbsolutePath());
        ServerCopy.deleteTree(vigie.dbDirectory);
        boolean started = false;
        try {
            vigie.startDatabase();
            vigie.startLiberty();
            started = true;
        } finally {
            if (!started) {
                vigie.close(); // nothing left running when the start fails
            }
        }
        return vigie;
    }

    /** Starts (or restarts, on the data it already has) the database. */
    void startDatabase() throws Exception {
        database = EmbeddedDatabase.start(dbPort, dbDirectory, true, "vigie-test-owner", "vigie-test-app");
    }

    /** A fast shutdown of PostgreSQL (as an administrator or a crash of its host would do). */
    void stopDatabase() {
        database.close();
    }

    void startLiberty() throws IOException, InterruptedException {
        liberty.start(Map.of(), COLD_START);
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut or the OOM killer would. */
    void killLiberty() throws InterruptedException {
        liberty.kill();
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        liberty.awaitReady(timeout);
    }

    /** The status of /health/ready, or -1 when nothing answers. */
    int readyStatus() {
        return liberty.readyStatus();
    }

    String baseUrl() {
        return liberty.baseUrl();
    }

    EmbeddedDatabase database() {
        return database;
    }

    @Override
    public void close() {
        liberty.close();
        if (database != null) {
            database.close();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
