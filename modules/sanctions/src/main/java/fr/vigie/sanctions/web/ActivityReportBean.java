package fr.vigie.sanctions.web;

import fr.vigie.sanctions.application.ActivityRow;
import fr.vigie.sanctions.application.SanctionQueries;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The sanctions activity report: decisions, measures and fines imposed per year, procedure and
 * infringed article, on the page and as CSV for a spreadsheet. The report is small (one line per
 * year, procedure and article), read from the module's view {@code sanctions.report_activity}.
 */
@Named("sanctionActivity")
@ViewScoped
public class ActivityReportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SanctionQueries queries;

    private Integer year;
    private transient List<ActivityRow> rows;

    public List<ActivityRow> getRows() {
        if (rows == null) {
            rows = queries.activity().stream()
                    .filter(r -> year == null || r.year() == year)
                    .toList();
        }
        return rows;
    }

    /** The years that have decisions, latest first, for the filter. */
    public List<Integer> getYears() {
        return queries.activity().stream()
                .map(ActivityRow::year)
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public void filter() {
        rows = null;
    }

    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"sanctions-activite" + (year == null ? "" : "-" + year) + ".csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            ActivityCsv.write(getRows(), out);
        }
        faces.responseComplete();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
