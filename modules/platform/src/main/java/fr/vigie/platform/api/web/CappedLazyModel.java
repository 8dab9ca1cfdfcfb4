package fr.vigie.platform.api.web;

import fr.vigie.platform.api.Page;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A list for a lazy PrimeFaces table whose every page is one query in the database (filter, sort,
 * offset and limit in SQL), never a list loaded whole. The count comes with the page and may be
 * capped ({@link Page#COUNT_CAP}): {@link #isCapped()} lets the screen say "more than".
 */
public class CappedLazyModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** Reads one page, sorted on a key the query whitelists. */
    @FunctionalInterface
    public interface PageSource<T> {
        Page<T> page(String sortField, boolean ascending, int offset, int limit);
    }

    private final transient PageSource<T> source;
    private final transient Function<T, String> rowKey;
    private final String defaultSort;
    private int lastCount;
    private String sortField;
    private boolean sortAscending;
    private boolean capped;

    /**
     * @param defaultSort the sort key when the user chose none (descending)
     * @param rowKey      the row's identity on the page (its reference)
     */
    public CappedLazyModel(String defaultSort, PageSource<T> source, Function<T, String> rowKey) {
        this.defaultSort = defaultSort;
        this.sortField = defaultSort;
        this.source = source;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastCount;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = defaultSort;
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        this.sortField = field;
        this.sortAscending = ascending;
        Page<T> page = source.page(field, ascending, first, pageSize);
        lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
        capped = page.totalCapped();
        setRowCount(lastCount);
        return page.rows();
    }

    /** The sort of the last page shown (an export keeps the order the user sees). */
    public String sortField() {
        return sortField;
    }

    public boolean sortAscending() {
        return sortAscending;
    }

    /** True when more rows match than were counted (the paginator stops at the cap). */
    public boolean isCapped() {
        return capped;
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        return null;
    }
}
