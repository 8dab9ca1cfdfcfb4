package fr.vigie.platform.access.web;

import fr.vigie.platform.access.application.AccessLogFilter;
import fr.vigie.platform.access.application.AccessLogQueries;
import fr.vigie.platform.access.application.ReadAccessView;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Read-access entries for the lazy table: each page is one query, newest first (the log grows
 * without bound and is never loaded whole). The filter comes from the search form.
 */
class ReadAccessModel extends LazyDataModel<ReadAccessView> {
    private static final long serialVersionUID = 1L;

    private final AccessLogQueries queries;
    private AccessLogFilter filter = AccessLogFilter.NONE;

    ReadAccessModel(AccessLogQueries queries) {
        this.queries = queries;
    }

    void applyFilter(AccessLogFilter filter) {
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> ignoredColumnFilters) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(filter));
    }

    @Override
    public List<ReadAccessView> load(
            int first, int pageSize, Map<String, SortMeta> ignoredSort, Map<String, FilterMeta> ignoredColumnFilters) {
        return queries.search(filter, first, pageSize);
    }

    @Override
    public String getRowKey(ReadAccessView entry) {
        return String.valueOf(entry.id());
    }
}
