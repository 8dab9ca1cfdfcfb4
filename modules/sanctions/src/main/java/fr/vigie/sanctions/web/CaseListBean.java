package fr.vigie.sanctions.web;

import fr.vigie.sanctions.application.CaseFilter;
import fr.vigie.sanctions.application.CasePage;
import fr.vigie.sanctions.application.CaseRow;
import fr.vigie.sanctions.application.SanctionQueries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The list of formal notices and cases: a lazy table, each page one SQL query (filter, sort, offset, limit). */
@Named("sanctionList")
@ViewScoped
public class CaseListBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SanctionQueries queries;

    private String kind;
    private String status;
    private String procedure;
    private String text;
    private boolean openOnly = true;
    private final Model model = new Model();

    public Model getModel() {
        return model;
    }

    CaseFilter filter() {
        return new CaseFilter(kind, status, procedure, null, text, openOnly);
    }

    /** The page a row opens. */
    public String outcome(CaseRow row) {
        return CaseRow.NOTICE.equals(row.kind()) ? "/sanctions/notice.xhtml" : "/sanctions/case.xhtml";
    }

    /** A lazy model asking the database for each page. */
    public class Model extends LazyDataModel<CaseRow> {
        private static final long serialVersionUID = 1L;
        private int lastCount;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return lastCount;
        }

        @Override
        public List<CaseRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String field = "openedOn";
            boolean ascending = false;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta sort = sortBy.values().iterator().next();
                field = sort.getField();
                ascending = sort.getOrder() == SortOrder.ASCENDING;
            }
            CasePage page = queries.page(filter(), field, ascending, first, pageSize);
            lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
            setRowCount(lastCount);
            return page.rows();
        }

        @Override
        public String getRowKey(CaseRow row) {
            return row.reference();
        }

        @Override
        public CaseRow getRowData(String rowKey) {
            return null;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
