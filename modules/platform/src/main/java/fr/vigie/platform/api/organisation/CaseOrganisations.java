package fr.vigie.platform.api.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The rows rebuilt with their organisation: {@code withOrganisation} returns the row carrying
     * the name and number to show (a record's copy with those two fields replaced).
     */
    public static <T> List<T> apply(
            OrganisationDirectory directory,
            List<T> rows,
            Function<? super T, Long> idOf,
            Function<? super T, String> copiedNameOf,
            Function<? super T, String> copiedNumberOf,
            WithOrganisation<T> withOrganisation) {
        List<CaseOrganisation> organisations = resolve(directory, rows, idOf, copiedNameOf, copiedNumberOf);
        List<T> shown = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            shown.add(withOrganisation.apply(rows.get(i), organisations.get(i)));
        }
        return shown;
    }

    /** Rebuilds a row with the organisation to show. */
    @FunctionalInterface
    public interface WithOrganisation<T> {
        T apply(T row, CaseOrganisation organisation);
    }
}
