package fr.vigie.reporting.application;

import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The deadline board's counts alone, for the home page: open legal clocks per module, as of the
 * snapshot's day.
 *
 * @param asOf   the snapshot's day; null before the first snapshot was built (then no counts)
 * @param counts one row per module the reader may see
 */
public record DeadlineHeadline(LocalDate asOf, List<DeadlineCount> counts) {
    public static final DeadlineHeadline NONE = new DeadlineHeadline(null, List.of());

    public DeadlineHeadline {
        counts = List.copyOf(counts);
    }

    public boolean available() {
        return asOf != null;
    }

    public long breached() {
        return sum(DeadlineCount::breached);
    }

    public long atRisk() {
        return sum(DeadlineCount::atRisk);
    }

    public long dueThisWeek() {
        return sum(DeadlineCount::dueThisWeek);
    }

    public long dueThisMonth() {
        return sum(DeadlineCount::dueThisMonth);
    }

    private long sum(ToLongFunction<DeadlineCount> figure) {
        return counts.stream().mapToLong(figure).sum();
    }
}
