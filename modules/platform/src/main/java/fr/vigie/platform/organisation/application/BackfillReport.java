package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.organisation.OrganisationBackfillContribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    /** Adds up the batches of a run, part by part, in the order the parts ran. */
    static final class Tally {
        private final List<Part> parts = new ArrayList<>();

        /** Starts counting a part. */
        void start(String part) {
            parts.add(new Part(part, 0, 0));
        }

        /** Adds a batch to the part last started. */
        void add(OrganisationBackfillContribution.Batch batch) {
            Part current = parts.remove(parts.size() - 1);
            parts.add(new Part(current.part(), current.filled() + batch.filled(), current.left() + batch.left()));
        }

        List<Part> parts() {
            return Collections.unmodifiableList(parts);
        }

        BackfillReport report(long millis) {
            return new BackfillReport(
                    true,
                    parts.stream().mapToLong(Part::filled).sum(),
                    parts.stream().mapToLong(Part::left).sum(),
                    parts,
                    millis);
        }
    }
}
