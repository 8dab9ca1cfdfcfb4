package fr.vigie.inspections.web;

import fr.vigie.inspections.application.InspectionFilter;
import fr.vigie.inspections.application.InspectionQueries;
import fr.vigie.inspections.application.InspectionSavedFilters;
import fr.vigie.inspections.domain.InspectionStatus;
import fr.vigie.inspections.domain.InspectionType;
import fr.vigie.inspections.domain.Origin;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The inspection list: filters typed above a lazy table, export of what the filters select. */
@Named("inspectionList")
@ViewScoped
public class InspectionListBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int EXPORT_LIMIT = 100_000;

    @Inject
    transient InspectionQueries queries;

    @Inject
    transient InspectionExport export;

    @Inject
    transient InspectionSavedFilters savedFilters;

    private Long savedFilterId;
    private String filterName;

    private String theme;
    private String type;
    private String status;
    private String organisation;
    private String inspector;
    private Integer year;
    private Integer quarter;
    private String origin;

    private final InspectionListModel model = new InspectionListModel(() -> queries, this::filter);

    InspectionFilter filter() {
        return new InspectionFilter(theme, type, status, organisation, inspector, year, quarter, origin);
    }

    public void reset() {
        theme = null;
        type = null;
        status = null;
        organisation = null;
        inspector = null;
        year = null;
        quarter = null;
        origin = null;
    }

    /** Applies the saved filter chosen in the drop-down. */
    public void applySavedFilter() {
        savedFilters.mine().stream()
                .filter(f -> savedFilterId != null && f.id() == savedFilterId)
                .findFirst()
                .ifPresent(f -> {
                    InspectionFilter saved = f.filter();
                    theme = saved.theme();
                    type = saved.type();
                    status = saved.status();
                    organisation = saved.organisation();
                    inspector = saved.inspector();
                    year = saved.year();
                    quarter = saved.quarter();
                    origin = saved.origin();
                    filterName = f.name();
                });
    }

    public void saveFilter() {
        try {
            savedFilters.save(filterName, filter());
            Pages.MESSAGES.info("list.filterSaved");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "listForm");
        }
    }

    public void deleteSavedFilter() {
        if (savedFilterId != null) {
            savedFilters.delete(savedFilterId);
            savedFilterId = null;
        }
    }

    public List<InspectionSavedFilters.Saved> getSavedFilters() {
        return savedFilters.mine();
    }

    public Long getSavedFilterId() {
        return savedFilterId;
    }

    public void setSavedFilterId(Long savedFilterId) {
        this.savedFilterId = savedFilterId;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public void exportCsv() throws IOException {
        download("text/csv; charset=UTF-8", "controles-" + LocalDate.now() + ".csv", out -> export.csv(rows(), out));
    }

    public void exportXlsx() throws IOException {
        download(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "controles-" + LocalDate.now() + ".xlsx",
                out -> export.xlsx(rows(), out));
    }

    private InspectionExport.Rows rows() {
        InspectionFilter filter = filter();
        String sort = model.sortField();
        boolean ascending = model.sortAscending();
        return sink -> queries.export(filter, sort, ascending, EXPORT_LIMIT, sink);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void download(String contentType, String name, Writer writer) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            writer.write(out);
        }
        faces.responseComplete();
    }

    public InspectionListModel getModel() {
        return model;
    }

    public boolean isCapped() {
        return model.isCapped();
    }

    public InspectionStatus[] getStatuses() {
        return InspectionStatus.values();
    }

    public InspectionType[] getTypes() {
        return InspectionType.values();
    }

    public Origin[] getOrigins() {
        return Origin.values();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 3, now + 1).boxed().toList();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }
}
