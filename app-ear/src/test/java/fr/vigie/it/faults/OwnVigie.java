package fr.vigie.it.faults;

import fr.vigie.devserver.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Vigie of its own for the fault tests (ADR 6): its own embedded PostgreSQL and its own Liberty
 * server, made from the suite's test server (same EAR, same configuration) on free ports, started
 * with {@code bin/server run} as a child process so that a test can kill it with SIGKILL, stop its
 * database, or make the database read-only, without touching the shared Arquillian server.
 */
final class OwnVigie implements AutoCloseable {
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog", "server.env");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Path wlp;
    private final String name;
    private final int httpPort;
    private final int dbPort;
    private final Path dbDirectory;
    private EmbeddedDatabase database;
    private Process liberty;

    private OwnVigie(Path wlp, String name, int httpPort, int dbPort, Path dbDirectory) {
        this.wlp = wlp;
        this.name = name;
        this.httpPort = httpPort;
        this.dbPort = dbPort;
        this.dbDirectory = dbDirectory;
    }

    /** Creates the server from the suite's test server and starts the database, then Liberty. */
    static OwnVigie start() throws Exception {
        Path wlp = Path.of("target/liberty/wlp").toAbsolutePath();
        String testServer = System.getProperty("arq.container.liberty.configuration.serverName", "vigie-test");
        int http = freePort();
        int https = freePort();
        int db = freePort();
        // The Arquillian adapter refuses to start when a JVM's name contains its server's name: this one must not.
        String name = "vgfault" + http;
        Path source = wlp.resolve("usr/servers").resolve(testServer);
        Path server = wlp.resolve("usr/servers").resolve(name);
        copyServer(source, server);
        String env = Files.readString(server.resolve("vigie-env.xml"))
                .replaceAll(
                        "name=\"vigie.http.port\" value=\"\\d+\"", "name=\"vigie.http.port\" value=\"" + http + "\"")
                .replaceAll(
                        "name=\"vigie.https.port\" value=\"\\d+\"", "name=\"vigie.https.port\" value=\"" + https + "\"")
                .replaceAll("name=\"vigie.db.port\" value=\"\\d+\"", "name=\"vigie.db.port\" value=\"" + db + "\"")
                .replaceAll("name=\"vigie.mail.enabled\" value=\"true\"", "name=\"vigie.mail.enabled\" value=\"false\"")
                .replace("<feature>localConnector-1.0</feature>", "");
        Files.writeString(server.resolve("vigie-env.xml"), env);
        OwnVigie vigie = new OwnVigie(
                wlp, name, http, db, Path.of("target", name + "-postgres").toAbsolutePath());
        deleteTree(vigie.dbDirectory);
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

    private static void copyServer(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("The suite's test server is missing: " + source);
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.getNameCount() > 0
                        && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path destination = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Starts (or restarts, on the data it already has) the database. */
    void startDatabase() throws Exception {
        database = EmbeddedDatabase.start(dbPort, dbDirectory, true, "vigie-test-owner", "vigie-test-app");
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A fast shutdown of PostgreSQL (as an administrator or a crash of its host would do). */
    void stopDatabase() {
        database.close();
    }

    void startLiberty() throws IOException, InterruptedException {
        Path log = wlp.resolve("usr/servers").resolve(name).resolve("console-" + System.currentTimeMillis() + ".log");
        liberty = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A cold start takes 1 to 4 minutes on a loaded two-core machine.
        awaitReady(Duration.ofMinutes(12));
    }

    /** SIGKILL: no shutdown hook, no flush, as a power cut or the OOM killer would. */
    void killLiberty() throws InterruptedException {
        liberty.descendants().forEach(ProcessHandle::destroyForcibly);
        liberty.destroyForcibly();
        liberty.waitFor(1, TimeUnit.MINUTES);
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = readyStatus();
            if (last == 200) {
                return;
            }
            if (liberty != null && !liberty.isAlive()) {
                throw new IllegalStateException("Liberty " + name + " ended during start-up");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Liberty " + name + " not ready (last status " + last + ")");
    }

    /** The status of /health/ready, or -1 when nothing answers. */
    int readyStatus() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String baseUrl() {
        return "http://localhost:" + httpPort + "/vigie";
    }

    EmbeddedDatabase database() {
        return database;
    }

    @Override
    public void close() {
        if (liberty != null && liberty.isAlive()) {
            liberty.destroy();
            try {
                if (!liberty.waitFor(2, TimeUnit.MINUTES)) {
                    liberty.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                liberty.destroyForcibly();
            }
        }
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
