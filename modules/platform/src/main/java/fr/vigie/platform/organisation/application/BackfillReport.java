package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.organisation.OrganisationBackfillContribution;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of the organisation backfill did, per module part and in total.
 *
 * @param ran    false when another server (or run) was at work: nothing was done
 * @param filled rows that received a directory id
 * @param left   rows left without one (no valid SIREN)
 * @param parts  the same, per {@link OrganisationBackfillContribution#part()}
 */
public record BackfillReport(boolean ran, long filled, long left, List<Part> parts, long millis) {
    public BackfillReport {
        parts = List.copyOf(parts);
    }

    /** The counts of one module part. */
    public record Part(String part, long filled, long left) {}

    static BackfillReport notRun() {
        return new BackfillReport(false, 0, 0, List.of(), 0);
    }

    /**
     * Adds up the batches of a run, part by part, in the order the parts ran. A part read again
     * keeps what it filled and counts its left rows afresh.
     */
    static final class Tally {
        private final Map<String, long[]> parts = new LinkedHashMap<>();
        private String current;

        /** Starts counting a part. */
        void start(String part) {
            parts.put(part, new long[2]);
            current = part;
        }

        /** Starts reading a part's left rows again: what it filled stays, its left rows are recounted. */
        void startAgain(String part) {
            parts.get(part)[1] = 0;
            current = part;
        }

        /** Adds a batch to the part last started. */
        void add(OrganisationBackfillContribution.Batch batch) {
            long[] counts = parts.get(current);
            counts[0] += batch.filled();
            counts[1] += batch.left();
        }

        long filled() {
            return parts.values().stream().mapToLong(c -> c[0]).sum();
        }

        long left() {
            return parts.values().stream().mapToLong(c -> c[1]).sum();
        }

        long leftIn(String part) {
            return parts.get(part)[1];
        }

        List<Part> parts() {
            return parts.entrySet().stream()
                    .map(e -> new Part(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .toList();
        }

        BackfillReport report(long millis) {
            return new BackfillReport(true, filled(), left(), parts(), millis);
        }
    }
}
