package fr.vigie.committee.web;

import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.Views;
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

/** "My dossiers to review": the member's dossiers on coming agendas and those they report on, paged and sorted in SQL. */
@Named("myReviews")
@ViewScoped
public class MyReviewsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CommitteeQueries queries;

    private boolean rapporteurOnly;
    private final Model model = new Model(this);

    public LazyDataModel<Views.MyReview> getModel() {
        return model;
    }

    public boolean isRapporteurOnly() {
        return rapporteurOnly;
    }

    public void setRapporteurOnly(boolean rapporteurOnly) {
        this.rapporteurOnly = rapporteurOnly;
    }

    /** The urgency class of a deadline: overdue, within a week, or later. */
    public String urgency(Long daysLeft) {
        if (daysLeft == null) {
            return "none";
        }
        return daysLeft < 0 ? "breached" : daysLeft <= 7 ? "atRisk" : "ok";
    }

    static final class Model extends LazyDataModel<Views.MyReview> {
        private static final long serialVersionUID = 1L;
        private final MyReviewsBean bean;
        private int lastCount;

        Model(MyReviewsBean bean) {
            this.bean = bean;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return lastCount;
        }

        @Override
        public List<Views.MyReview> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String field = "opinionDueDate";
            boolean ascending = true;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta sort = sortBy.values().iterator().next();
                field = sort.getField();
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            Views.MyReviewsPage page = bean.queries.myReviews(bean.rapporteurOnly, field, ascending, first, pageSize);
            lastCount = (int) Math.min(Integer.MAX_VALUE, page.total());
            setRowCount(lastCount);
            return page.rows();
        }

        @Override
        public String getRowKey(Views.MyReview row) {
            return String.valueOf(row.reviewId());
        }

        @Override
        public Views.MyReview getRowData(String rowKey) {
            return null;
        }
    }
}
