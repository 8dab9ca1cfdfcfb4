package fr.vigie.platform.web.audit;

import fr.vigie.platform.audit.application.AuditEntryView;
import fr.vigie.platform.audit.application.AuditFilter;
import fr.vigie.platform.audit.application.AuditQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Audit entries for the lazy table: each page is one query (the trail grows without bound and
 * is never loaded whole). The filter comes from the search form rather than from column
 * filters, and the order is fixed (newest first) because that is how the trail is read.
 */
class AuditEntriesModel extends LazyDataModel<AuditEntryView> {
    private static final long serialVersionUID = 1L;

    private final AuditQueries queries;

    // The applied search, kept as plain values so that the model stays serializable with its view.
    private String actor;
    private String action;
    private String caseRef;
    private LocalDate from;
    private LocalDate to;

    AuditEntriesModel(AuditQueries queries) {
        this.queries = queries;
    }

    /** Null or blank criteria do not filter. */
    void applyFilter(String actor, String action, String caseRef, LocalDate from, LocalDate to) {
        this.actor = blankToNull(actor);
        this.action = blankToNull(action);
        this.caseRef = blankToNull(caseRef);
        this.from = from;
        this.to = to;
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, action, caseRef, from, to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public int count(Map<String, FilterMeta> ignoredColumnFilters) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(filter()));
    }

    @Override
    public List<AuditEntryView> load(
            int first, int pageSize, Map<String, SortMeta> ignoredSort, Map<String, FilterMeta> ignoredColumnFilters) {
        return queries.search(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntryView entry) {
        return String.valueOf(entry.id());
    }
}
