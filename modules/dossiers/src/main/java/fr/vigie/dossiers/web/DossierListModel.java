package fr.vigie.dossiers.web;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.dossiers.application.DossierPage;
import fr.vigie.dossiers.application.DossierQueries;
import fr.vigie.dossiers.application.DossierSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The dossier list for a lazy PrimeFaces table: each page is one SQL query (filter, sort, offset, limit). */
class DossierListModel extends LazyDataModel<DossierSummary> {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<DossierQueries> queries;
    private final transient Supplier<DossierFilter> filter;
    private int lastCount;
    private boolean capped;

    DossierListModel(Supplier<DossierQueries> queries, Supplier<DossierFilter> filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastCount;
    }

    @Override
    public List<DossierSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = "submittedOn";
        boolean ascending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() == SortOrder.ASCENDING;
        }
        DossierPage page = queries.get().page(filter.get(), field, ascending, first, pageSize);
        lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
        capped = page.totalCapped();
        setRowCount(lastCount);
        return page.rows();
    }

    /** True when more rows match than were counted (the paginator stops at the cap). */
    public boolean isCapped() {
        return capped;
    }

    @Override
    public String getRowKey(DossierSummary row) {
        return row.reference();
    }

    @Override
    public DossierSummary getRowData(String rowKey) {
        return null;
    }
}
