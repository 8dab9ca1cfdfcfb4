package fr.vigie.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's launcher, as a real process on a real embedded PostgreSQL, with a stand-in for
 * Liberty's {@code bin/server} (a script that records how it was stopped): SIGTERM and SIGHUP stop
 * both as Ctrl-C does, and a second launcher on a busy data directory or port refuses in one line.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class DevServerLifecycleTest {
    private static final String FAKE_SERVER = """
            #!/bin/sh
            # Stand-in for Liberty's bin/server: `run` waits until it is signalled, and says how it ended.
            dir=$(dirname "$0")
            if [ "$1" = "run" ]; then
              trap 'echo stopped-by-signal > "$dir/ended"; exit 0' TERM INT
              echo $$ > "$dir/started"
              while true; do sleep 0.2; done
            fi
            exit 0
            """;

    @TempDir
    Path temp;

    private Path wlp;
    private final List<Process> launched = new ArrayList<>();

    @BeforeEach
    void fakeLiberty() throws IOException {
        wlp = temp.resolve("wlp");
        Path script = wlp.resolve("bin/server");
        Files.createDirectories(script.getParent());
        Files.writeString(script, FAKE_SERVER);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void killLeftovers() {
        for (Process p : launched) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void sigtermStopsLibertyAndTheDatabase() throws Exception {
        stopsEverythingOn("TERM");
    }

    @Test
    void sighupStopsLibertyAndTheDatabase() throws Exception {
        stopsEverythingOn("HUP");
    }

    private void stopsEverythingOn(String signal) throws Exception {
        Ports ports = Ports.free();
        Path data = temp.resolve("data");
        Process server = launch(data, ports);
        Path started = wlp.resolve("bin/started");
        awaitFile(started, server);
        ProcessHandle postmaster = postmaster(data);
        assertTrue(postmaster.isAlive());

        kill(signal, server.pid());
        assertTrue(server.waitFor(3, TimeUnit.MINUTES), "the launcher did not stop on SIG" + signal);
        assertTrue(postmaster.onExit().isDone() || !postmaster.isAlive(), "PostgreSQL still runs after SIG" + signal);
        assertEquals(
                "stopped-by-signal", Files.readString(wlp.resolve("bin/ended")).trim(), "Liberty was not stopped");
        assertFalse(ProcessHandle.of(Long.parseLong(Files.readString(started).trim()))
                .map(ProcessHandle::isAlive)
                .orElse(false));
        assertFalse(Files.exists(data.resolve("postgres/postmaster.pid")), "PostgreSQL did not shut down cleanly");
    }

    @Test
    void secondLauncherOnTheSameDataDirectoryRefusesInOneLine() throws Exception {
        Ports ports = Ports.free();
        Path data = temp.resolve("data");
        Process first = launch(data, ports);
        awaitFile(wlp.resolve("bin/started"), first);

        Process second = launch(data, Ports.free());
        assertTrue(second.waitFor(2, TimeUnit.MINUTES), "the second launcher did not give up");
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(DevServer.REFUSED, second.exitValue(), output);
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.contains("already using"), output);

        first.destroy();
        assertTrue(first.waitFor(3, TimeUnit.MINUTES));
    }

    @Test
    void busyPortIsRefusedInOneLineBeforeAnythingStarts() throws Exception {
        Ports ports = Ports.free();
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(ports.http()));
            Process server = launch(temp.resolve("data"), ports);
            assertTrue(server.waitFor(2, TimeUnit.MINUTES));
            String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(DevServer.REFUSED, server.exitValue(), output);
            assertEquals(1, output.lines().count(), output);
            assertTrue(output.contains("Port " + ports.http()), output);
            assertFalse(Files.exists(temp.resolve("data/postgres")), "nothing should have been started");
        }
    }

    private Process launch(Path data, Ports ports) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dvigie.wlp.dir=" + wlp,
                        "-Dvigie.data.dir=" + data,
                        DevServer.class.getName())
                .redirectErrorStream(true);
        pb.environment().remove("VIGIE_DB_HOST");
        pb.environment().put("VIGIE_HTTP_PORT", Integer.toString(ports.http()));
        pb.environment().put("VIGIE_HTTPS_PORT", Integer.toString(ports.https()));
        pb.environment().put("VIGIE_DB_PORT", Integer.toString(ports.db()));
        Process p = pb.start();
        launched.add(p);
        return p;
    }

    private static void awaitFile(Path file, Process owner) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(file) || Files.readString(file).isBlank()) {
            if (!owner.isAlive()) {
                throw new AssertionError("the launcher ended early: "
                        + new String(owner.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " did not appear");
            }
            Thread.sleep(200);
        }
    }

    private static ProcessHandle postmaster(Path data) throws IOException {
        String pid = Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim();
        return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor());
    }

    record Ports(int http, int https, int db) {
        static Ports free() throws IOException {
            return new Ports(freePort(), freePort(), freePort());
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
