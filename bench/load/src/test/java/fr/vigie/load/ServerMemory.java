package fr.vigie.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Samples the server during the run: used heap ({@code jcmd <pid> GC.heap_info}) and the resident
 * set size ({@code /proc/<pid>/status}) of the Liberty process; the load generator runs on the
 * server's machine.
 */
final class ServerMemory {
    private final long pid;
    private final List<Long> heap = new ArrayList<>();
    private final List<Long> rss = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "server-memory");
        t.setDaemon(true);
        return t;
    });

    ServerMemory(String base, long pid) {
        this.pid = pid > 0 ? pid : findLiberty("vigie");
    }

    void start() {
        timer.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    String stop() {
        timer.shutdownNow();
        synchronized (this) {
            return String.format("server heap used (MB): min %d, mean %d, max %d over %d samples; RSS (MB, pid %d): min %d, max %d%n",
                    min(heap), mean(heap), max(heap), heap.size(), pid, min(rss), max(rss))
                    + String.format("load average at the end: %s", loadAverage());
        }
    }

    private void sample() {
        if (pid > 0) {
            // jcmd: the JVM's own account of its heap (the load generator runs on the server's machine).
            try {
                Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
                String out = new String(jcmd.getInputStream().readAllBytes());
                jcmd.waitFor(10, TimeUnit.SECONDS);
                java.util.regex.Matcher used = java.util.regex.Pattern.compile("heap\\s+total\\s+\\d+K,\\s+used\\s+(\\d+)K").matcher(out);
                if (used.find()) {
                    synchronized (this) {
                        heap.add(Long.parseLong(used.group(1)) / 1024);
                    }
                }
            } catch (IOException e) {
                // no jcmd on this machine: no heap figure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pid > 0) {
            try {
                Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                        .findFirst().ifPresent(l -> {
                            long kb = Long.parseLong(l.replaceAll("\\D", ""));
                            synchronized (this) {
                                rss.add(kb / 1024);
                            }
                        });
            } catch (IOException e) {
                // the process ended
            }
        }
    }

    /** The Liberty process whose last argument is the server name (the run profile's server is "vigie"). */
    static long findLiberty(String serverName) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                try {
                    String[] args = new String(Files.readAllBytes(p.resolve("cmdline"))).split("\0");
                    return args.length > 1 && String.join(" ", args).contains("ws-server.jar")
                            && args[args.length - 1].equals(serverName);
                } catch (IOException e) {
                    return false;
                }
            }).mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static long min(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static long mean(List<Long> v) {
        return (long) v.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
