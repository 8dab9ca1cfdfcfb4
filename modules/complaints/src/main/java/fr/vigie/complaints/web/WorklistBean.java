package fr.vigie.complaints.web;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.application.ClockCounters;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.SavedFilter;
import fr.vigie.complaints.application.SavedFilters;
import fr.vigie.complaints.application.WorklistFilter;
import fr.vigie.complaints.domain.Category;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.web.CappedLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.primefaces.model.LazyDataModel;

/** The work list: filters, the lazy table, the Art. 78(2) counters, and the export of the filtered list. */
@Named("complaintList")
@ViewScoped
public class WorklistBean implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Largest export (rows are streamed, so this bounds the time, not the memory): beyond it, narrow the filters. */
    static final int EXPORT_LIMIT = 200_000;

    @Inject
    transient ComplaintQueries queries;

    @Inject
    transient WorklistExport export;

    /** An export of the list is recorded in the read-access log (it may name complainants). */
    @Inject
    transient ReadAccessLog readLog;

    @Inject
    transient SavedFilters savedFilters;

    private String[] statuses = new String[0];
    private String assignee;
    private String organisation;
    private String category;
    private String priority;
    private String clockState;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String text;
    private boolean crossBorderOnly;
    private transient ClockCounters counters;
    private transient List<SavedFilter> mine;
    private String savedFilterId;
    private String filterName;
    private CappedLazyModel<ComplaintSummary> model;

    @PostConstruct
    void init() {
        model = new CappedLazyModel<>(
                "receivedOn",
                (sort, ascending, offset, limit) -> queries.worklist(filter(), sort, ascending, offset, limit),
                ComplaintSummary::reference);
    }

    public WorklistFilter filter() {
        return new WorklistFilter(
                Set.of(statuses),
                assignee,
                organisation,
                category,
                priority,
                clockState,
                receivedFrom,
                receivedTo,
                text,
                crossBorderOnly);
    }

    public void reset() {
        savedFilterId = null;
        filterName = null;
        statuses = new String[0];
        assignee = null;
        organisation = null;
        category = null;
        priority = null;
        clockState = null;
        receivedFrom = null;
        receivedTo = null;
        text = null;
        crossBorderOnly = false;
    }

    /** Saves the filters as they are under the typed name (the same name replaces the earlier one). */
    public void saveFilter() {
        try {
            long id = savedFilters.save(filterName, filter());
            mine = null;
            savedFilterId = Long.toString(id);
            Pages.MESSAGES.info("list.filterSaved", filterName.strip());
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "listForm");
        }
    }

    /** Puts the chosen saved filter's values into the filters. */
    public void applySavedFilter() {
        if (savedFilterId == null || savedFilterId.isBlank()) {
            return;
        }
        getSavedFilters().stream()
                .filter(f -> Long.toString(f.id()).equals(savedFilterId))
                .findFirst()
                .ifPresent(f -> {
                    WorklistFilter w = f.filter();
                    statuses = w.statuses().toArray(String[]::new);
                    assignee = w.assignee();
                    organisation = w.organisation();
                    category = w.category();
                    priority = w.priority();
                    clockState = w.clockState();
                    receivedFrom = w.receivedFrom();
                    receivedTo = w.receivedTo();
                    text = w.text();
                    crossBorderOnly = w.crossBorderOnly();
                    filterName = f.name();
                });
    }

    public void deleteSavedFilter() {
        if (savedFilterId != null && !savedFilterId.isBlank()) {
            savedFilters.delete(Long.parseLong(savedFilterId));
            savedFilterId = null;
            filterName = null;
            mine = null;
        }
    }

    public List<SavedFilter> getSavedFilters() {
        if (mine == null) {
            mine = savedFilters.mine();
        }
        return mine;
    }

    public String getSavedFilterId() {
        return savedFilterId;
    }

    public void setSavedFilterId(String savedFilterId) {
        this.savedFilterId = savedFilterId;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    /** Shows the complaints whose information clock needs attention. */
    public void showClock(String state) {
        reset();
        clockState = state;
    }

    public ClockCounters getCounters() {
        if (counters == null) {
            counters = queries.informationClockCounters();
        }
        return counters;
    }

    public void exportCsv() throws IOException {
        readLog.recordExport(ComplaintsModule.NAME, "work list, CSV: " + filter());
        download("text/csv; charset=UTF-8", "plaintes-" + LocalDate.now() + ".csv", out -> export.csv(rows(), out));
    }

    public void exportXlsx() throws IOException {
        readLog.recordExport(ComplaintsModule.NAME, "work list, XLSX: " + filter());
        download(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "plaintes-" + LocalDate.now() + ".xlsx",
                out -> export.xlsx(rows(), out));
    }

    /** The filtered list in the table's current order, streamed from the database. */
    private WorklistExport.Rows rows() {
        WorklistFilter filter = filter();
        String sort = model.sortField();
        boolean ascending = model.sortAscending();
        return sink -> queries.exportWorklist(filter, sort, ascending, EXPORT_LIMIT, sink);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void download(String type, String name, Writer writer) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            writer.write(out);
        }
        faces.responseComplete();
    }

    /** True when more complaints match than the list counts (it then asks to narrow the filters). */
    public boolean isCapped() {
        return model.isCapped();
    }

    public LazyDataModel<ComplaintSummary> getModel() {
        return model;
    }

    public ComplaintStatus[] getAllStatuses() {
        return ComplaintStatus.values();
    }

    public Category[] getAllCategories() {
        return Category.values();
    }

    public PriorityLevel[] getAllPriorities() {
        return PriorityLevel.values();
    }

    public List<String> getClockStates() {
        return Stream.of(ClockState.RUNNING, ClockState.AT_RISK, ClockState.BREACHED)
                .map(Enum::name)
                .toList();
    }

    public String[] getStatuses() {
        return statuses.clone();
    }

    public void setStatuses(String[] statuses) {
        this.statuses = statuses == null ? new String[0] : statuses.clone();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getClockState() {
        return clockState;
    }

    public void setClockState(String clockState) {
        this.clockState = clockState;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isCrossBorderOnly() {
        return crossBorderOnly;
    }

    public void setCrossBorderOnly(boolean crossBorderOnly) {
        this.crossBorderOnly = crossBorderOnly;
    }
}
