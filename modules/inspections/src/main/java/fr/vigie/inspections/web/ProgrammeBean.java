package fr.vigie.inspections.web;

import fr.vigie.inspections.application.BoardCell;
import fr.vigie.inspections.application.InspectionFilter;
import fr.vigie.inspections.application.InspectionQueries;
import fr.vigie.inspections.application.InspectionSummary;
import fr.vigie.inspections.application.Programme;
import fr.vigie.inspections.application.ProgrammeProgressReport;
import fr.vigie.inspections.application.ReferenceData;
import fr.vigie.inspections.domain.ProgrammeTarget;
import fr.vigie.inspections.domain.Theme;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly programme: targets per theme (the head edits them), the board of planned, started and
 * done inspections per theme and quarter as a chart and as a table beside it, and the year's
 * inspections.
 */
@Named("programme")
@ViewScoped
public class ProgrammeBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#9ca3af", "#f59e0b", "#16a34a"};

    @Inject
    transient Programme programme;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient InspectionQueries queries;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ProgrammeProgressReport progressReport;

    private int year = LocalDate.now().getYear();
    private List<ThemeRow> rows;
    private List<InspectionSummary> inspections;

    public void load() {
        List<BoardCell> cells = programme.board(year);
        List<ProgrammeTarget> targets = programme.targets(year);
        rows = new ArrayList<>();
        for (Theme theme : referenceData.themes()) {
            ThemeRow row = new ThemeRow(theme.code(), theme.labelFr(), theme.labelEn());
            targets.stream()
                    .filter(t -> t.theme().equals(theme.code()))
                    .findFirst()
                    .ifPresent(t -> {
                        row.target = t.target();
                        row.targetVersion = t.version();
                    });
            cells.stream().filter(c -> c.theme().equals(theme.code())).forEach(row::add);
            if (theme.active() || row.total() > 0) {
                rows.add(row);
            }
        }
        inspections = queries.list(
                        new InspectionFilter(null, null, null, null, null, year, null, null), "quarter", true, 0, 200)
                .rows();
    }

    public void saveTargets() {
        try {
            for (ThemeRow row : rows) {
                if (row.target != null) {
                    programme.setTarget(year, row.theme, row.target, row.targetVersion);
                }
            }
            load();
            Pages.MESSAGES.info("programme.saved");
        } catch (ConflictException e) {
            Pages.MESSAGES.refused(e, null);
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "targetsForm");
        }
    }

    public void exportCsv() throws IOException {
        export(ProgrammeProgressReport.Format.CSV);
    }

    public void exportXlsx() throws IOException {
        export(ProgrammeProgressReport.Format.XLSX);
    }

    public void exportPdf() throws IOException {
        export(ProgrammeProgressReport.Format.PDF);
    }

    /** The "programme progress" report of the year shown, as a download (a non-Ajax request). */
    private void export(ProgrammeProgressReport.Format format) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + format.filename(year) + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            progressReport.write(format, year, programme.progress(year), Pages.MESSAGES.locale(), out);
        }
        faces.responseComplete();
    }

    /** Stacked bars per theme: planned, started, done (Chart.js configuration for {@code p:chart}). */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.getLabel()));
        String[] names = {
            Pages.MESSAGES.text("programme.planned"),
            Pages.MESSAGES.text("programme.started"),
            Pages.MESSAGES.text("programme.done")
        };
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int s = 0; s < 3; s++) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (ThemeRow r : rows) {
                values.add(s == 0 ? r.planned() : s == 1 ? r.started() : r.done());
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", names[s])
                    .add("data", values)
                    .add("backgroundColor", COLOURS[s])
                    .add("borderColor", COLOURS[s]));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    public boolean isHead() {
        return currentUser.hasRole(Role.HEAD_OF_INSPECTIONS);
    }

    public List<ThemeRow> getRows() {
        return rows;
    }

    public List<InspectionSummary> getInspections() {
        return inspections;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return List.of(now - 1, now, now + 1);
    }

    /** One theme of the board: per quarter (index 0 to 3) planned, started and done, and the year's target. */
    public static class ThemeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String theme;
        private final String labelFr;
        private final String labelEn;
        private final long[][] byQuarter = new long[4][3];
        private Integer target;
        private Long targetVersion;

        ThemeRow(String theme, String labelFr, String labelEn) {
            this.theme = theme;
            this.labelFr = labelFr;
            this.labelEn = labelEn;
        }

        void add(BoardCell cell) {
            byQuarter[cell.quarter() - 1][0] += cell.planned();
            byQuarter[cell.quarter() - 1][1] += cell.started();
            byQuarter[cell.quarter() - 1][2] += cell.done();
        }

        private long sum(int kind) {
            long n = 0;
            for (long[] q : byQuarter) {
                n += q[kind];
            }
            return n;
        }

        public String getTheme() {
            return theme;
        }

        /** In the page's language, read when the page renders (the view action runs before the locale is set). */
        public String getLabel() {
            return "en".equals(Pages.MESSAGES.locale().getLanguage()) ? labelEn : labelFr;
        }

        /** "planned / started / done" of quarter {@code q} (1 to 4). */
        public String quarter(int q) {
            long[] c = byQuarter[q - 1];
            return c[0] + " / " + c[1] + " / " + c[2];
        }

        public long planned() {
            return sum(0);
        }

        public long started() {
            return sum(1);
        }

        public long done() {
            return sum(2);
        }

        public long total() {
            return planned() + started() + done();
        }

        public Integer getTarget() {
            return target;
        }

        public void setTarget(Integer target) {
            this.target = target;
        }

        /** Done against target, as a percentage; null without target. */
        public Long getProgress() {
            return target == null || target == 0 ? null : Math.round(100.0 * done() / target);
        }
    }
}
