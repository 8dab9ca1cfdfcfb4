package fr.vigie.reporting.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.CaseSelection;
import fr.vigie.reporting.application.ClockSelection;
import fr.vigie.reporting.application.Report;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.ReportService;
import fr.vigie.reporting.application.ReportingSettings;
import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.application.SnapshotJob;
import fr.vigie.reporting.domain.AgeBand;
import fr.vigie.reporting.domain.ReportFilter;
import fr.vigie.reporting.export.ReportDocuments;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The furniture every report page shares: its filters, the drill-down table behind the number last
 * clicked, its export links and the data's age. The report's own numbers and charts are its
 * {@link ReportView} ({@code #{reportPage.view}}), read once per filter and found through
 * {@link ReportViews}, so that this bean never branches on the report.
 */
@Named("reportPage")
@ViewScoped
public class ReportPageBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "filters";

    @Inject
    transient ReportService reports;

    @Inject
    transient SnapshotJob job;

    @Inject
    transient ReportingSettings settings;

    private Report report;
    private LocalDate from;
    private LocalDate to;
    private String module;
    private String team;
    private String procedure;
    private String organisation;
    private ReportFilter filter = ReportFilter.NONE;

    private transient ReportView view;
    private transient Snapshot snapshot;
    private DrillModel<?> drill;
    private String drillKind;
    private String drillTitle;

    /** Opens the page of a report; a report not meant for the reader is a 403. */
    public void open(String slug) throws IOException {
        if (report != null) {
            return;
        }
        report = Report.ofSlug(slug).orElseThrow();
        if (reports.modulesFor(report).isEmpty()) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "report not available");
            faces.responseComplete();
        }
    }

    public void apply() {
        try {
            filter = new ReportFilter(from, to, module, team, procedure, organisation);
            view = null;
            drill = null;
            getView();
        } catch (DomainException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            String field = e.field() == null ? null : FORM + ":" + e.field();
            context.addMessage(
                    field,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            e.localizedMessage(context.getViewRoot().getLocale()),
                            null));
            context.validationFailed();
        }
    }

    public void reset() {
        from = null;
        to = null;
        module = null;
        team = null;
        procedure = null;
        organisation = null;
        apply();
    }

    public void refreshNow() {
        job.refresh();
        snapshot = null;
        view = null;
    }

    /** The report's own numbers and charts, read once per filter ({@link ReportViews}). */
    public ReportView getView() {
        if (view == null) {
            view = ReportViews.open(report, new ReportViewContext(reports, settings, filter, labels()));
        }
        return view;
    }

    // ---------------------------------------------------------------- drill-downs

    public void drillClocks(String clockModule, String state, String due) {
        LocalDate today = snapshot().asOf();
        ClockSelection selection = ClockSelection.of(clockModule, state, due, today);
        ReportFilter f = filter;
        drill = new DrillModel<>(
                (offset, limit, sort, asc) -> reports.clocks(f, selection, sort, asc, offset, limit), "dueDate", true);
        drillKind = "clocks";
        drillTitle = DrillTitles.clocks(labels(), clockModule, state, due);
    }

    public void drillCases(
            String caseModule, String band, String month, String outcome, String caseTeam, String assignee) {
        boolean byOutcome = outcome != null && !outcome.isBlank();
        // A target outcome is about every case measured, open or not, whatever its age.
        CaseSelection selection = new CaseSelection(
                blank(caseModule),
                !byOutcome,
                byOutcome || band == null || band.isBlank() ? null : AgeBand.valueOf(band),
                month == null || month.isBlank() ? null : LocalDate.parse(month),
                blank(outcome),
                caseTeam,
                blank(assignee));
        ReportFilter f = report.hasDefaultPeriod() ? ReportService.withDefaultPeriod(filter, snapshot()) : filter;
        Report r = report;
        drill = new DrillModel<>(
                (offset, limit, sort, asc) -> reports.cases(r, f, selection, sort, asc, offset, limit),
                "openedOn",
                true);
        drillKind = "cases";
        drillTitle = DrillTitles.cases(labels(), caseModule, band, month, outcome, caseTeam, assignee);
    }

    public void drillForecast(String forecastModule, String stage) {
        ReportFilter f = filter;
        drill = new DrillModel<>(
                (offset, limit, sort, asc) ->
                        reports.likelyBreaches(f, blank(forecastModule), blank(stage), sort, asc, offset, limit),
                "probabilityOfMissing",
                false);
        drillKind = "forecast";
        drillTitle = DrillTitles.forecast(forecastModule, stage);
    }

    public DrillModel<?> getDrill() {
        return drill;
    }

    public String getDrillKind() {
        return drillKind;
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    /** The page of a case: the module's own page when it has one, else the case's clocks. */
    public String caseUrl(String caseModule, String reference, String caseRef) {
        return ReportLinks.caseUrl(contextPath(), caseModule, reference, caseRef);
    }

    // ---------------------------------------------------------------- page furniture

    public Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = reports.snapshot();
        }
        return snapshot;
    }

    public String getDataAge() {
        Snapshot s = snapshot();
        long minutes =
                Math.max(0, Duration.between(s.refreshedAt(), Instant.now()).toMinutes());
        return label("report.dataAge", s.asOf(), new ReportDocuments(locale()).refreshedAt(s.refreshedAt()), minutes);
    }

    public String exportUrl(String format) {
        return ReportLinks.exportUrl(contextPath(), report, format, locale().getLanguage(), filter);
    }

    public Set<String> getModules() {
        return reports.modulesFor(report);
    }

    public List<String> getProcedures() {
        return List.of("NATIONAL", ReportingModule.EHDS_PSEUDONYMISED, ReportingModule.EHDS_ANONYMISED);
    }

    public List<AgeBand> getBands() {
        return List.of(AgeBand.values());
    }

    public String percent(TargetCompliance row) {
        Double share = row.shareMet();
        return share == null ? "–" : String.format(locale(), "%.1f %%", share * 100);
    }

    public String percentOf(Double share) {
        return share == null ? "–" : String.format(locale(), "%.1f %%", share * 100);
    }

    public String days(Double value) {
        return value == null ? "–" : String.format(locale(), "%.1f", value);
    }

    public String label(String key, Object... args) {
        return labels().label(key, args);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Labels labels() {
        return Labels.ofPage();
    }

    private static Locale locale() {
        return labels().locale();
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public Report getReport() {
        return report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
