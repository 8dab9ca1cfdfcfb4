package fr.vigie.devserver;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;

/**
 * {@code mvn -Pcluster-run verify} ends here: the embedded PostgreSQL of the run command (same data
 * directory, same lock), then two Liberty servers made from the development configuration with the
 * cluster include (config/cluster), one after the other, and the two URLs to try a failover by hand
 * (docs/cluster.md). Ctrl-C stops both servers and the database.
 */
public final class ClusterRun {
    private ClusterRun() {}

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(System.getProperty("vigie.wlp.dir"));
        Path data = Path.of(System.getProperty("vigie.data.dir"));
        Path root = Path.of(System.getProperty("vigie.root"));
        Path ear = Path.of(System.getProperty("vigie.ear"));
        int dbPort = Integer.getInteger("vigie.cluster.db.port", 54329);
        int aHttp = Integer.getInteger("vigie.cluster.a.http.port", 9080);
        int aHttps = Integer.getInteger("vigie.cluster.a.https.port", 9443);
        int bHttp = Integer.getInteger("vigie.cluster.b.http.port", 9090);
        int bHttps = Integer.getInteger("vigie.cluster.b.https.port", 9453);

        Files.createDirectories(data);
        FileChannel lock = FileChannel.open(
                data.resolve(DevServer.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (lock.tryLock() == null) {
            System.out.println("[vigie] Another Vigie run command is already using " + data + ": stop it first.");
            Runtime.getRuntime().halt(DevServer.REFUSED);
        }

        // The source both servers are copied from: the server.xml and jvm.options of the build, the dev profile.
        Path source = wlp.resolve("usr/servers/vigie-cluster-dev");
        ServerCopy.deleteTree(source);
        Files.createDirectories(source.resolve("apps"));
        Path liberty = root.resolve("app-ear/src/main/liberty/config");
        Files.copy(liberty.resolve("server.xml"), source.resolve("server.xml"));
        Files.copy(liberty.resolve("jvm.options"), source.resolve("jvm.options"));
        Files.copy(root.resolve("config/dev/vigie-env.xml"), source.resolve("vigie-env.xml"));
        Files.copy(ear, source.resolve("apps/vigie.ear"), StandardCopyOption.REPLACE_EXISTING);
        Path include = root.resolve("config/cluster/vigie-cluster.xml");
        Map<String, String> variables = Map.of("vigie.db.port", Integer.toString(dbPort));
        ServerCopy a = ServerCopy.prepare(wlp, source, "vigie-a", aHttp, aHttps, include, variables, null);
        ServerCopy b = ServerCopy.prepare(wlp, source, "vigie-b", bHttp, bHttps, include, variables, null);

        System.out.println("[vigie] Starting the embedded PostgreSQL on port " + dbPort);
        EmbeddedDatabase db =
                EmbeddedDatabase.start(dbPort, data.resolve("postgres"), true, "vigie-dev-owner", "vigie-dev-app");
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("[vigie] Stopping both servers and PostgreSQL...");
                            b.close();
                            a.close();
                            db.close();
                            System.out.println("[vigie] Stopped.");
                        },
                        "vigie-cluster-shutdown"));

        System.out.println("[vigie] Starting server A (log: " + a.console() + ")");
        a.start(Map.of(), Duration.ofMinutes(10));
        b.shareKeysOf(a);
        System.out.println("[vigie] Starting server B (log: " + b.console() + ")");
        b.start(Map.of(), Duration.ofMinutes(10));
        System.out.printf("""

                ================================================================
                 Two Vigie servers on one database:
                   A: %s/
                   B: %s/
                 Sign in on A (e.g. admin / Vigie-Demo-2026!), then open the same page on B:
                 the session follows (one browser, cookies ignore the port). To see a failover,
                 kill A's JVM (kill -9 on the pid of ws-server.jar for vigie-a) and carry on on B.
                 Stop with Ctrl-C.
                ================================================================
                %n""", a.baseUrl(), b.baseUrl());
        Thread.currentThread().join();
    }
}
