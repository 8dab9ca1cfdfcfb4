package fr.vigie.platform.api.organisation;

import fr.vigie.platform.api.Page;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The organisations of a page of rows (a list, a home widget, an export), read from the directory
 * in one query for the whole page (ADR 7 step 1): each row shows the directory's current name and
 * SIREN when it holds an id, its own copy otherwise, by the same rule as a case's file
 * ({@link CaseOrganisation#of}). Modules never join the platform's tables: they hand their rows here.
 */
public final class CaseOrganisations {
    private CaseOrganisations() {}

    /**
     * One {@link CaseOrganisation} per row, in the rows' order.
     *
     * @param idOf           the row's directory id, null when it has none
     * @param copiedNameOf   the name the row copied, the fallback
     * @param copiedNumberOf the SIREN or SIRET the row copied, the fallback (kept when it belongs to
     *                       the directory's SIREN, e.g. an establishment's SIRET)
     */
    public static <T> List<CaseOrganisation> resolve(
            OrganisationDirectory directory,
            Collection<? extends T> rows,
            Function<? super T, Long> idOf,
            Function<? super T, String> copiedNameOf,
            Function<? super T, String> copiedNumberOf) {
        Set<Long> ids = new HashSet<>();
        for (T row : rows) {
            Long id = idOf.apply(row);
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Long, OrganisationSummary> found = ids.isEmpty() ? Map.of() : directory.findAll(ids);
        List<CaseOrganisation> resolved = new ArrayList<>(rows.size());
        for (T row : rows) {
            Long id = idOf.apply(row);
            resolved.add(CaseOrganisation.of(
                    Optional.ofNullable(id == null ? null : found.get(id)),
                    copiedNameOf.apply(row),
                    copiedNumberOf.apply(row)));
        }
        return resolved;
    }

    /** The rows rebuilt with the organisation to show, in order, read in one query. */
    public static <T> List<T> apply(OrganisationDirectory directory, List<T> rows, OrganisationColumns<T> columns) {
        List<CaseOrganisation> organisations =
                resolve(directory, rows, columns::organisationId, columns::copiedName, columns::copiedNumber);
        List<T> shown = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            shown.add(columns.withOrganisation(rows.get(i), organisations.get(i)));
        }
        return shown;
    }

    /** The page with its rows rebuilt by {@link #apply}; its counts unchanged. */
    public static <T> Page<T> apply(OrganisationDirectory directory, Page<T> page, OrganisationColumns<T> columns) {
        return new Page<>(
                apply(directory, page.rows(), columns), page.total(), page.totalCapped(), page.offset(), page.limit());
    }

    /**
     * A sink for an export that streams its rows: rows are held until {@code batchSize} of them are
     * there, resolved in one query, then given to {@code sink} in order. Close it (try-with-resources)
     * to pass the last batch on.
     */
    public static <T> Batched<T> batched(
            OrganisationDirectory directory, OrganisationColumns<T> columns, int batchSize, Consumer<T> sink) {
        return new Batched<>(directory, columns, Math.max(1, batchSize), sink);
    }

    /** What {@link #batched} returns: give it rows, close it at the end. */
    public static final class Batched<T> implements Consumer<T>, AutoCloseable {
        private final OrganisationDirectory directory;
        private final OrganisationColumns<T> columns;
        private final int batchSize;
        private final Consumer<T> sink;
        private final List<T> held = new ArrayList<>();

        private Batched(
                OrganisationDirectory directory, OrganisationColumns<T> columns, int batchSize, Consumer<T> sink) {
            this.directory = directory;
            this.columns = columns;
            this.batchSize = batchSize;
            this.sink = sink;
        }

        @Override
        public void accept(T row) {
            held.add(row);
            if (held.size() >= batchSize) {
                flush();
            }
        }

        /** Passes the rows held so far on. */
        public void flush() {
            if (!held.isEmpty()) {
                apply(directory, List.copyOf(held), columns).forEach(sink);
                held.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
