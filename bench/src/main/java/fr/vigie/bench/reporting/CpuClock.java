package fr.vigie.bench.reporting;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by this JVM and by the benchmark's PostgreSQL server (its postmaster,
 * the live children, and the children already reaped). On a two-core machine the generator's wall
 * time is bounded by the CPU it needs, so the breakdown tells where to cut. Reads Linux's
 * {@code /proc}; elsewhere the server's figure is unknown (negative).
 */
final class CpuClock {
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path dataDirectory;

    CpuClock(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** CPU seconds of this JVM, all threads. */
    static double jvmSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }

    /** CPU seconds of the PostgreSQL server running on {@link #dataDirectory}, or -1 if unknown. */
    double serverSeconds() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long postmaster = processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(this::isPostmaster)
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst()
                    .orElse(-1);
            if (postmaster < 0) {
                return -1;
            }
            long ticks = ticks(postmaster, true);
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                ticks += all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .mapToLong(p -> parentOf(p) == postmaster
                                ? ticks(Long.parseLong(p.getFileName().toString()), false)
                                : 0)
                        .sum();
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private boolean isPostmaster(Path process) {
        try {
            String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            return command.contains("postgres") && command.contains(dataDirectory.toString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long parentOf(Path process) {
        try {
            return Long.parseLong(fields(Files.readString(process.resolve("stat")))[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime (and, for the postmaster, the reaped children's cutime + cstime), in clock ticks. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String[] f = fields(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withReapedChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields after the command name (which may hold spaces): index 0 is the state, 1 the parent. */
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }
}
