package fr.vigie.devserver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The README's run command ends here: starts the embedded PostgreSQL (unless an external one is
 * configured with VIGIE_DB_HOST), then the Liberty server "vigie" in the foreground, prints the
 * URL and the demo accounts once the application is ready, and on Ctrl-C, SIGTERM or SIGHUP stops
 * both. It refuses to start, in one line and with exit status 3, when another instance holds the data
 * directory or one of the ports.
 */
public final class DevServer {
    private static final int DEFAULT_DB_PORT = 54329;
    private static final int DEFAULT_HTTP_PORT = 9080;
    private static final int DEFAULT_HTTPS_PORT = 9443;
    /** Exit status when another instance holds the data directory or a port. */
    static final int REFUSED = 3;

    static final String LOCK_FILE = "vigie-run.lock";
    private static final String DEMO_PASSWORD = "Vigie-Demo-2026!";
    private static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"handler", "complaint handler"}, new String[] {"inspector", "inspector"},
            new String[] {"head", "head of inspections"}, new String[] {"president", "president"},
            new String[] {"rapporteur", "rapporteur"}, new String[] {"sanctions", "sanctions committee member"},
            new String[] {"sanctionschair", "sanctions committee chair"},
                    new String[] {"instructor", "dossier instructor"},
            new String[] {"dacmember", "data-access committee member"},
                    new String[] {"dacchair", "data-access committee chair"},
            new String[] {"dacsecretary", "data-access committee secretary"}, new String[] {"manager", "manager"},
            new String[] {"auditor", "auditor"}, new String[] {"admin", "administrator"});

    private DevServer() {}

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(System.getProperty("vigie.wlp.dir"));
        Path data = Path.of(System.getProperty("vigie.data.dir"));
        int httpPort = intEnv("VIGIE_HTTP_PORT", DEFAULT_HTTP_PORT);
        int httpsPort = intEnv("VIGIE_HTTPS_PORT", DEFAULT_HTTPS_PORT);
        String externalHost = System.getenv("VIGIE_DB_HOST");
        boolean embedded = externalHost == null || externalHost.isBlank();
        boolean databaseOnly = Boolean.getBoolean("vigie.databaseOnly");
        int dbPort = intEnv("VIGIE_DB_PORT", DEFAULT_DB_PORT);

        Files.createDirectories(data);
        // Held until this JVM ends: a second run command on the same data directory refuses to start.
        FileChannel lock =
                FileChannel.open(data.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (lock.tryLock() == null) {
            refuse("Another Vigie run command is already using "
                    + data.toAbsolutePath().normalize() + ": stop it first (Ctrl-C in its terminal).");
        }
        if (embedded) {
            requireFreePort(dbPort, "the database (VIGIE_DB_PORT)");
        }
        if (!databaseOnly) {
            requireFreePort(httpPort, "HTTP (VIGIE_HTTP_PORT)");
            requireFreePort(httpsPort, "HTTPS (VIGIE_HTTPS_PORT)");
        }
        stopWithParent();

        EmbeddedDatabase db = null;
        if (embedded) {
            System.out.println("[vigie] Starting the embedded PostgreSQL on port " + dbPort + ", data in "
                    + data.resolve("postgres"));
            db = EmbeddedDatabase.start(
                    dbPort,
                    data.resolve("postgres"),
                    true,
                    envOr("VIGIE_DB_OWNER_PASSWORD", "vigie-dev-owner"),
                    envOr("VIGIE_DB_PASSWORD", "vigie-dev-app"));
        } else {
            System.out.println("[vigie] Using the external PostgreSQL at " + externalHost);
        }

        if (databaseOnly) {
            waitWithDatabaseOnly(db);
            return;
        }

        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", "vigie").inheritIO();
        Map<String, String> env = builder.environment();
        if (db != null) {
            env.put("VIGIE_DB_PORT", Integer.toString(db.port()));
        }
        EmbeddedDatabase database = db;
        Process liberty;
        try {
            liberty = builder.start();
        } catch (IOException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
        // Ctrl-C (SIGINT), SIGTERM (a service manager, `kill`) and SIGHUP (a closed terminal) all end here.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(liberty, database), "vigie-shutdown"));

        Thread banner = new Thread(() -> announceWhenReady(httpPort, liberty), "vigie-ready");
        banner.setDaemon(true);
        banner.start();

        int exit = liberty.waitFor();
        if (database != null) {
            database.close();
        }
        System.exit(exit);
    }

    /** One clear line, no stack trace, a non-zero exit: nothing has been started yet. */
    private static void refuse(String message) {
        System.out.println("[vigie] " + message);
        System.out.flush();
        Runtime.getRuntime().halt(REFUSED);
    }

    private static void requireFreePort(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            refuse("Port " + port + " for " + what
                    + " is already in use (another Vigie run command?): stop it or choose another port.");
        }
    }

    /**
     * Maven forwards a SIGTERM to this JVM and exits without waiting, and a SIGKILL of Maven forwards
     * nothing: when the launching process is gone, stop as on Ctrl-C instead of leaving orphans.
     */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.out.println("[vigie] The launching process ended: stopping.");
            System.exit(0);
        }));
    }

    /** For `liberty:dev` in another terminal: keep only the database up until Ctrl-C. */
    private static void waitWithDatabaseOnly(EmbeddedDatabase db) throws InterruptedException {
        if (db == null) {
            System.out.println("[vigie] External database configured: nothing to start.");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "vigie-db-shutdown"));
        System.out.println(
                "[vigie] PostgreSQL is ready on port " + db.port() + " (database-only mode). Stop with Ctrl-C.");
        Thread.currentThread().join();
    }

    private static void announceWhenReady(int httpPort, Process liberty) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (liberty.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    printBanner(httpPort);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(1000);
        }
        if (liberty.isAlive()) {
            System.out.println("[vigie] The application did not become ready within 10 minutes: see the log above.");
        }
    }

    private static void printBanner(int httpPort) {
        StringBuilder b = new StringBuilder("\n================================================================\n");
        b.append(" Vigie is ready: http://localhost:").append(httpPort).append("/vigie/\n");
        b.append(" API documentation: http://localhost:").append(httpPort).append("/openapi/ui/\n");
        b.append(" Demo accounts (password ").append(DEMO_PASSWORD).append("):\n");
        for (String[] account : DEMO_ACCOUNTS) {
            b.append(String.format("   %-15s %s%n", account[0], account[1]));
        }
        b.append(" Stop with Ctrl-C (the data is kept in .data/).\n");
        b.append("================================================================\n");
        System.out.println(b);
    }

    /**
     * Liberty handles SIGTERM like `server stop` (its own shutdown hook stops the applications and
     * the server); nothing here writes to the console Maven may already have closed, which would
     * kill a `server stop` script with SIGPIPE half-way. Then the database, whose postmaster is
     * checked to be gone.
     */
    private static void stop(Process liberty, EmbeddedDatabase db) {
        System.out.println("[vigie] Stopping Liberty and PostgreSQL...");
        List<ProcessHandle> tree =
                new java.util.ArrayList<>(liberty.descendants().toList());
        tree.add(0, liberty.toHandle());
        for (ProcessHandle p : tree) {
            p.destroy();
        }
        for (ProcessHandle p : tree) {
            awaitOrKill(p, 90);
        }
        if (db != null) {
            db.close();
        }
        System.out.println("[vigie] Stopped.");
    }

    static void awaitOrKill(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.out.println("[vigie] Process " + process.pid() + " did not stop within " + seconds + " s: killed.");
            process.destroyForcibly();
        } catch (ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
