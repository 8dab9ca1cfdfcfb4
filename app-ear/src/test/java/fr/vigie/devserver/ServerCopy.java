package fr.vigie.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of its own: a copy of a prepared server directory (server.xml, the environment's
 * vigie-env.xml, the EAR) with its own ports and variables, started with {@code bin/server run} as a
 * child process so that its owner can kill it as a crash would. Used for the servers of a cluster
 * (docs/cluster.md: the cluster integration test and the two-server run command, {@link ClusterRun},
 * with the cluster include {@code config/cluster/vigie-cluster.xml}) and for the fault tests' own
 * Vigie (ADR 6).
 */
public final class ServerCopy implements AutoCloseable {
    /** What a copied server must not inherit: the source's logs, caches and secrets of its own. */
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog", "server.env");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Path wlp;
    private final String name;
    private final int httpPort;
    private final int httpsPort;
    private final Path console;
    private Process liberty;

    private ServerCopy(Path wlp, String name, int httpPort, int httpsPort) {
        this.wlp = wlp;
        this.name = name;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.console = wlp.resolve("usr/servers").resolve(name).resolve("console.log");
    }

    /**
     * Makes server {@code name} from {@code source} (replacing what an earlier run left), on the given
     * ports, with the cluster include and the given Liberty variables (which win over the copied ones).
     *
     * @param clusterInclude config/cluster/vigie-cluster.xml, or null for a server that keeps its sessions in memory
     * @param timeZone the JVM's time zone (moves the minute at which the scheduled jobs fire), or null to keep it
     */
    public static ServerCopy prepare(
            Path wlp,
            Path source,
            String name,
            int httpPort,
            int httpsPort,
            Path clusterInclude,
            Map<String, String> variables,
            String timeZone)
            throws IOException {
        if (!Files.isRegularFile(source.resolve("server.xml"))) {
            throw new IllegalStateException("No prepared server to copy at " + source);
        }
        Path server = wlp.resolve("usr/servers").resolve(name);
        deleteTree(server);
        copyServer(source, server);
        if (clusterInclude != null) {
            Files.copy(clusterInclude, server.resolve("vigie-cluster.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
        Map<String, String> all = new LinkedHashMap<>(variables);
        all.put("vigie.http.port", Integer.toString(httpPort));
        all.put("vigie.https.port", Integer.toString(httpsPort));
        Path env = server.resolve("vigie-env.xml");
        String xml = Files.readString(env);
        for (Map.Entry<String, String> v : all.entrySet()) {
            xml = setVariable(xml, v.getKey(), v.getValue());
        }
        // The managed-container connector is for Arquillian's test server only.
        Files.writeString(env, xml.replace("<feature>localConnector-1.0</feature>", ""));
        if (timeZone != null) {
            Path jvm = server.resolve("jvm.options");
            String options = Files.exists(jvm) ? Files.readString(jvm) : "";
            options = options.replaceAll("(?m)^-Duser\\.timezone=.*$\\n?", "") + "-Duser.timezone=" + timeZone + "\n";
            Files.writeString(jvm, options);
        }
        return new ServerCopy(wlp, name, httpPort, httpsPort);
    }

    /** Replaces the variable's value (or default) if the file sets it, else adds it before the end. */
    static String setVariable(String xml, String name, String value) {
        String element = "<variable name=\"" + name + "\" value=\"" + value + "\"/>";
        String pattern = "<variable\\s+name=\"" + java.util.regex.Pattern.quote(name)
                + "\"\\s+(value|defaultValue)=\"[^\"]*\"\\s*/>";
        String replaced = xml.replaceAll(pattern, java.util.regex.Matcher.quoteReplacement(element));
        if (!replaced.equals(xml)) {
            return replaced;
        }
        int end = xml.lastIndexOf("</server>");
        return xml.substring(0, end) + "    " + element + "\n" + xml.substring(end);
    }

    private static void copyServer(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.getNameCount() > 0
                        && NOT_COPIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                if (relative.getNameCount() == 1 && relative.toString().startsWith("console")) {
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

    /** Deletes a directory and everything in it, if it exists. */
    public static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Starts the server, its output in {@link #console()}, and waits until /health/ready answers 200. */
    public void start(Map<String, String> environment, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("VIGIE_HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("VIGIE_HTTPS_PORT", Integer.toString(httpsPort));
        liberty = builder.start();
        awaitReady(timeout);
    }

    /** Waits until /health/ready answers 200 (after a start, or after its database came back). */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = readyStatus();
            if (last == 200) {
                return;
            }
            if (liberty != null && !liberty.isAlive()) {
                throw new IllegalStateException("Liberty " + name + " ended during start-up: see " + console);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Liberty " + name + " not ready (last status " + last + "): see " + console);
    }

    /** The status of /health/ready, or -1 when nothing answers. */
    public int readyStatus() {
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

    /** SIGKILL to the server's JVM: no shutdown hook, no session flush, as a power cut or the OOM killer. */
    public void kill() throws InterruptedException {
        if (liberty == null) {
            return;
        }
        liberty.descendants().forEach(ProcessHandle::destroyForcibly);
        liberty.destroyForcibly();
        liberty.waitFor(1, TimeUnit.MINUTES);
    }

    /**
     * Gives this server the other's LTPA keys (Liberty writes them at its first start): the servers of a
     * cluster must trust each other's single sign-on tokens, so that a session moved to this server keeps its
     * signed-in user.
     */
    public void shareKeysOf(ServerCopy other) throws IOException {
        Path keys = other.serverDirectory().resolve("resources/security/ltpa.keys");
        if (!Files.exists(keys)) {
            throw new IllegalStateException("No LTPA keys yet in " + other.name + ": start it first");
        }
        Path target = serverDirectory().resolve("resources/security/ltpa.keys");
        Files.createDirectories(target.getParent());
        Files.copy(keys, target, StandardCopyOption.REPLACE_EXISTING);
    }

    Path serverDirectory() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    public boolean isAlive() {
        return liberty != null && liberty.isAlive();
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return httpPort;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort + "/vigie";
    }

    public Path console() {
        return console;
    }

    public Path messagesLog() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    /** A clean stop (SIGTERM: Liberty's shutdown hook stops the server), SIGKILL after two minutes. */
    @Override
    public void close() {
        if (liberty == null || !liberty.isAlive()) {
            return;
        }
        liberty.destroy();
        try {
            if (!liberty.waitFor(2, TimeUnit.MINUTES)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            liberty.destroyForcibly();
        }
    }
}
