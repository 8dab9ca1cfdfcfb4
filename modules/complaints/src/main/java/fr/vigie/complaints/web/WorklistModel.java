package fr.vigie.complaints.web;

import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.application.WorklistPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The work list for a lazy PrimeFaces table: each page is one SQL query (filters, sort, offset
 * and limit in the database), never a list loaded whole.
 */
class WorklistModel extends LazyDataModel<ComplaintSummary> {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<ComplaintQueries> queries;
    private final transient Supplier<WorklistFilter> filter;
    private int lastCount;
    private String sortField = "receivedOn";
    private boolean sortAscending;
    private boolean capped;

    WorklistModel(Supplier<ComplaintQueries> queries, Supplier<WorklistFilter> filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastCount;
    }

    @Override
    public List<ComplaintSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = "receivedOn";
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        this.sortField = field;
        this.sortAscending = ascending;
        WorklistPage page = queries.get().worklist(filter.get(), field, ascending, first, pageSize);
        lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
        capped = page.totalCapped();
        setRowCount(lastCount);
        return page.rows();
    }

    /** The sort of the last page shown (the export keeps the order the user sees). */
    String sortField() {
        return sortField;
    }

    boolean sortAscending() {
        return sortAscending;
    }

    /** True when more rows match than were counted (the paginator stops at the cap). */
    public boolean isCapped() {
        return capped;
    }

    @Override
    public String getRowKey(ComplaintSummary row) {
        return row.reference();
    }

    @Override
    public ComplaintSummary getRowData(String rowKey) {
        return null;
    }
}
