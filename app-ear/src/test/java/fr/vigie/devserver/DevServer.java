package fr.vigie.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command ends here: starts the embedded PostgreSQL (unless an external one is
 * configured with VIGIE_DB_HOST), then the Liberty server "vigie" in the foreground, prints the
 * URL and the demo accounts once the application is ready, and on Ctrl-C stops both.
 */
public final class DevServer {
    private static final int DEFAULT_DB_PORT = 54329;
    private static final int DEFAULT_HTTP_PORT = 9080;
    private static final String DEMO_PASSWORD = "Vigie-Demo-2026!";
    private static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[]{"handler", "complaint handler"}, new String[]{"inspector", "inspector"},
            new String[]{"head", "head of inspections"}, new String[]{"president", "president"},
            new String[]{"rapporteur", "rapporteur"}, new String[]{"sanctions", "sanctions committee member"},
            new String[]{"sanctionschair", "sanctions committee chair"}, new String[]{"instructor", "dossier instructor"},
            new String[]{"dacmember", "data-access committee member"}, new String[]{"dacchair", "data-access committee chair"},
            new String[]{"dacsecretary", "data-access committee secretary"}, new String[]{"manager", "manager"},
            new String[]{"auditor", "auditor"}, new String[]{"admin", "administrator"});

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(System.getProperty("vigie.wlp.dir"));
        Path data = Path.of(System.getProperty("vigie.data.dir"));
        int httpPort = intEnv("VIGIE_HTTP_PORT", DEFAULT_HTTP_PORT);
        String externalHost = System.getenv("VIGIE_DB_HOST");

        EmbeddedDatabase db = null;
        if (externalHost == null || externalHost.isBlank()) {
            int dbPort = intEnv("VIGIE_DB_PORT", DEFAULT_DB_PORT);
            Files.createDirectories(data);
            System.out.println("[vigie] Starting the embedded PostgreSQL on port " + dbPort + ", data in " + data.resolve("postgres"));
            db = EmbeddedDatabase.start(dbPort, data.resolve("postgres"), true,
                    envOr("VIGIE_DB_OWNER_PASSWORD", "vigie-dev-owner"), envOr("VIGIE_DB_PASSWORD", "vigie-dev-app"));
        } else {
            System.out.println("[vigie] Using the external PostgreSQL at " + externalHost);
        }

        if (Boolean.getBoolean("vigie.databaseOnly")) {
            waitWithDatabaseOnly(db);
            return;
        }

        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", "vigie").inheritIO();
        Map<String, String> env = builder.environment();
        if (db != null) {
            env.put("VIGIE_DB_PORT", Integer.toString(db.port()));
        }
        Process liberty = builder.start();
        EmbeddedDatabase database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wlp, liberty, database), "vigie-shutdown"));

        Thread banner = new Thread(() -> announceWhenReady(httpPort, liberty), "vigie-ready");
        banner.setDaemon(true);
        banner.start();

        int exit = liberty.waitFor();
        if (database != null) {
            database.close();
        }
        System.exit(exit);
    }

    /** For `liberty:dev` in another terminal: keep only the database up until Ctrl-C. */
    private static void waitWithDatabaseOnly(EmbeddedDatabase db) throws InterruptedException {
        if (db == null) {
            System.out.println("[vigie] External database configured: nothing to start.");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "vigie-db-shutdown"));
        System.out.println("[vigie] PostgreSQL is ready on port " + db.port() + " (database-only mode). Stop with Ctrl-C.");
        Thread.currentThread().join();
    }

    private static void announceWhenReady(int httpPort, Process liberty) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (liberty.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
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
            System.out.println("[vigie] The application did not become ready within 5 minutes: see the log above.");
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

    private static void stop(Path wlp, Process liberty, EmbeddedDatabase db) {
        if (liberty.isAlive()) {
            try {
                new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", "vigie").inheritIO().start()
                        .waitFor(90, TimeUnit.SECONDS);
                liberty.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                liberty.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (db != null) {
            db.close();
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
