package fr.vigie.reporting.web;

import fr.vigie.platform.api.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The cases (or clocks) behind a number, for a lazy table: one SQL page per table page. */
class DrillModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Loads one page: offset, limit, sort field (null = the list's default), ascending. */
    @FunctionalInterface
    interface Loader<T> extends Serializable {
        Page<T> load(int offset, int limit, String sort, boolean ascending);
    }

    private final Loader<T> loader;
    private final String defaultSort;
    private final boolean defaultAscending;
    private int lastCount;

    DrillModel(Loader<T> loader, String defaultSort, boolean defaultAscending) {
        this.loader = loader;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastCount;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = defaultSort;
        boolean ascending = defaultAscending;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        Page<T> page = loader.load(first, pageSize, field, ascending);
        lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(lastCount);
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.hashCode());
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
