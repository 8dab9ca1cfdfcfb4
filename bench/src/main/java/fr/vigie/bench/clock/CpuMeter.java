package fr.vigie.bench.clock;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by this JVM and by the benchmark's PostgreSQL server (the postmaster and all its
 * children: backends, WAL writer, checkpointer, autovacuum), read from {@code /proc} on Linux.
 *
 * <p>Why next to the wall-clock time: the machine the benchmark runs on is shared, and when other
 * work keeps its cores busy the wall-clock time of a run grows with their load, not with ours.
 * The CPU seconds the run consumed do not, and on an otherwise idle machine the run takes about
 * that long (the JVM and the server mostly wait for each other), plus its disk waits.
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux
    private final long postmaster;

    private CpuMeter(long postmaster) {
        this.postmaster = postmaster;
    }

    /** A meter for the server whose data directory is {@code data}; -1 CPU where /proc is missing. */
    static CpuMeter of(Path data) {
        try {
            return new CpuMeter(Long.parseLong(
                    Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip()));
        } catch (IOException | RuntimeException unreadable) {
            return new CpuMeter(-1);
        }
    }

    /** CPU seconds used so far: this JVM plus the server. */
    double seconds() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9 + serverTicks() / TICKS_PER_SECOND;
    }

    private long serverTicks() {
        if (postmaster < 0) {
            return 0;
        }
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                long[] stat = stat(process);
                if (stat != null && (stat[0] == postmaster || stat[1] == postmaster)) {
                    ticks += stat[2];
                }
            }
        } catch (IOException unreadable) {
            return 0;
        }
        return ticks;
    }

    /** pid, parent pid and user + system ticks (children that ended included), or null if gone. */
    private static long[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            // after "pid (comm) ": state ppid ... utime(14th overall = index 11 here) stime cutime cstime
            return new long[] {
                pid,
                Long.parseLong(fields[1]),
                Long.parseLong(fields[11])
                        + Long.parseLong(fields[12])
                        + Long.parseLong(fields[13])
                        + Long.parseLong(fields[14])
            };
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
