package fr.vigie.inspections.web;

import fr.vigie.inspections.application.InspectionFilter;
import fr.vigie.inspections.application.InspectionListPage;
import fr.vigie.inspections.application.InspectionQueries;
import fr.vigie.inspections.application.InspectionSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The inspection list for a lazy PrimeFaces table: each page is one SQL query (filters, sort, offset
 * and limit in the database); the count stops at a cap so that a broad filter stays cheap.
 */
class InspectionListModel extends LazyDataModel<InspectionSummary> {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<InspectionQueries> queries;
    private final transient Supplier<InspectionFilter> filter;
    private int lastCount;
    private String sortField = "openedOn";
    private boolean sortAscending;
    private boolean capped;

    InspectionListModel(Supplier<InspectionQueries> queries, Supplier<InspectionFilter> filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastCount;
    }

    @Override
    public List<InspectionSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = "openedOn";
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        this.sortField = field;
        this.sortAscending = ascending;
        InspectionListPage page = queries.get().list(filter.get(), field, ascending, first, pageSize);
        lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
        capped = page.capped();
        setRowCount(lastCount);
        return page.rows();
    }

    String sortField() {
        return sortField;
    }

    boolean sortAscending() {
        return sortAscending;
    }

    public boolean isCapped() {
        return capped;
    }

    @Override
    public String getRowKey(InspectionSummary row) {
        return row.reference();
    }

    @Override
    public InspectionSummary getRowData(String rowKey) {
        return null;
    }
}
