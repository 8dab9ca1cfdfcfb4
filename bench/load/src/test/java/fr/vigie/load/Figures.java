package fr.vigie.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response times per request type, recorded by the virtual users themselves, so that the
 * closing table can print p50/p95/p99 per type (Gatling's console prints them only globally).
 */
final class Figures {
    private final Map<String, List<Long>> okTimes = new TreeMap<>();
    private final Map<String, Integer> failures = new TreeMap<>();
    private long firstAt = Long.MAX_VALUE;
    private long lastAt;

    synchronized void record(String request, long millis, boolean ok) {
        long now = System.currentTimeMillis();
        firstAt = Math.min(firstAt, now - millis);
        lastAt = Math.max(lastAt, now);
        if (ok) {
            okTimes.computeIfAbsent(request, k -> new ArrayList<>()).add(millis);
        } else {
            failures.merge(request, 1, Integer::sum);
        }
        okTimes.computeIfAbsent(request, k -> new ArrayList<>());
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-34s %7s %5s %7s %7s %7s %7s%n", "request", "ok", "KO", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        long total = 0;
        int ko = 0;
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : okTimes.entrySet()) {
            List<Long> times = new ArrayList<>(e.getValue());
            times.sort(null);
            int failed = failures.getOrDefault(e.getKey(), 0);
            out.append(String.format("%-34s %7d %5d %7d %7d %7d %7d%n", e.getKey(), times.size(), failed,
                    percentile(times, 50), percentile(times, 95), percentile(times, 99),
                    times.isEmpty() ? 0 : times.get(times.size() - 1)));
            total += times.size() + failed;
            ko += failed;
            all.addAll(times);
        }
        all.sort(null);
        double seconds = Math.max(1, (lastAt - firstAt) / 1000.0);
        out.append(String.format("%-34s %7d %5d %7d %7d %7d %7d%n", "ALL", all.size(), ko,
                percentile(all, 50), percentile(all, 95), percentile(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1)));
        out.append(String.format("throughput: %.1f requests/s over %.0f s; errors: %d of %d (%.2f %%)%n",
                total / seconds, seconds, ko, total, total == 0 ? 0.0 : 100.0 * ko / total));
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
