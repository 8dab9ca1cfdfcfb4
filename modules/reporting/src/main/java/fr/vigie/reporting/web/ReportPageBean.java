package fr.vigie.reporting.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.reporting.api.ReportingModule;
import fr.vigie.reporting.application.CaseSelection;
import fr.vigie.reporting.application.ClockSelection;
import fr.vigie.reporting.application.Report;
import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.ReportService;
import fr.vigie.reporting.application.ReportingSettings;
import fr.vigie.reporting.application.Reports;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One report page: its filters, its numbers (computed once per filter), the drill-down table behind
 * the number last clicked, its charts, its export links and the data's age.
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

    private transient Object result;
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
            result = null;
            drill = null;
            load();
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
        result = null;
    }

    private Object load() {
        if (result == null) {
            result = switch (report) {
                case DEADLINES -> reports.deadlines(filter, 0, Reports.FIRST_PAGE);
                case EHDS -> reports.ehds(filter);
                case BACKLOG -> reports.backlog(filter, 0, Reports.FIRST_PAGE);
                case ART78 -> reports.art78(filter);
                case FORECAST -> reports.forecast(filter, 0, Reports.FIRST_PAGE);
                case WORKLOAD -> reports.workload(filter);
            };
        }
        return result;
    }

    public Reports.DeadlineBoard getDeadlines() {
        return (Reports.DeadlineBoard) load();
    }

    public Reports.EhdsCompliance getEhds() {
        return (Reports.EhdsCompliance) load();
    }

    public Reports.Backlog getBacklog() {
        return (Reports.Backlog) load();
    }

    public Reports.Art78 getArt78() {
        return (Reports.Art78) load();
    }

    public Reports.Forecast getForecast() {
        return (Reports.Forecast) load();
    }

    public Reports.Workload getWorkload() {
        return (Reports.Workload) load();
    }

    // ---------------------------------------------------------------- drill-downs

    public void drillClocks(String clockModule, String state, String due) {
        LocalDate today = snapshot().asOf();
        ClockSelection selection = ClockSelection.of(clockModule, state, due, today);
        ReportFilter f = filter;
        drill = new DrillModel<>(
                (offset, limit, sort, asc) -> reports.clocks(f, selection, sort, asc, offset, limit), "dueDate", true);
        drillKind = "clocks";
        drillTitle = String.join(
                " · ",
                nonNull(
                        clockModule,
                        state == null ? null : label("col." + stateKey(state)),
                        due == null ? null : label("WEEK".equals(due) ? "col.dueWeek" : "col.dueMonth")));
    }

    public void drillCases(
            String caseModule, String band, String month, String outcome, String caseTeam, String assignee) {
        CaseSelection selection = new CaseSelection(
                blank(caseModule),
                true,
                band == null || band.isBlank() ? null : AgeBand.valueOf(band),
                month == null || month.isBlank() ? null : LocalDate.parse(month),
                blank(outcome),
                caseTeam,
                blank(assignee));
        CaseSelection effective = outcome != null && !outcome.isBlank()
                ? new CaseSelection(
                        selection.module(),
                        false,
                        null,
                        selection.openedMonth(),
                        selection.outcome(),
                        selection.team(),
                        selection.assignee())
                : selection;
        ReportFilter f = report == Report.ART78 || report == Report.EHDS
                ? ReportService.withDefaultPeriod(filter, snapshot())
                : filter;
        Report r = report;
        drill = new DrillModel<>(
                (offset, limit, sort, asc) -> reports.cases(r, f, effective, sort, asc, offset, limit),
                "openedOn",
                true);
        drillKind = "cases";
        drillTitle = String.join(
                " · ",
                nonNull(
                        caseModule,
                        band == null || band.isBlank() ? null : label("band." + band),
                        month,
                        outcome == null || outcome.isBlank() ? null : label("col." + outcomeKey(outcome)),
                        caseTeam,
                        assignee));
    }

    public void drillForecast(String forecastModule, String stage) {
        ReportFilter f = filter;
        drill = new DrillModel<>(
                (offset, limit, sort, asc) ->
                        reports.likelyBreaches(f, blank(forecastModule), blank(stage), sort, asc, offset, limit),
                "probabilityOfMissing",
                false);
        drillKind = "forecast";
        drillTitle = String.join(" · ", nonNull(forecastModule, stage));
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
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        if (ReportingModule.COMPLAINTS.equals(caseModule) || ReportingModule.DOSSIERS.equals(caseModule)) {
            return context + "/" + caseModule + "/file.xhtml?reference=" + encode(reference);
        }
        return context + "/clocks/case.xhtml?caseRef=" + encode(caseRef);
    }

    // ---------------------------------------------------------------- charts

    public String getDeadlineChart() {
        var counts = getDeadlines().counts();
        List<String> labels = counts.stream().map(c -> c.module()).toList();
        return Charts.bar(
                labels,
                List.of(
                        new Charts.Series(
                                label("col.running"),
                                counts.stream().map(c -> c.running()).toList(),
                                null),
                        new Charts.Series(
                                label("col.atRisk"),
                                counts.stream().map(c -> c.atRisk()).toList(),
                                null),
                        new Charts.Series(
                                label("col.breached"),
                                counts.stream().map(c -> c.breached()).toList(),
                                null),
                        new Charts.Series(
                                label("col.suspended"),
                                counts.stream().map(c -> c.suspended()).toList(),
                                null)),
                true,
                false);
    }

    public String getBacklogChart() {
        List<AgeCount> rows = getBacklog().byModule();
        List<String> labels = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            labels.add(label("band." + band.name()));
        }
        List<Charts.Series> series = new ArrayList<>();
        for (AgeCount row : rows) {
            List<Long> values = new ArrayList<>();
            for (long n : row.byBand()) {
                values.add(n);
            }
            series.add(new Charts.Series(row.module(), values, null));
        }
        return Charts.bar(labels, series, false, false);
    }

    public String getEhdsTrendChart() {
        List<MonthlyReach> trend = getEhds().trend();
        return Charts.bar(
                trend.stream().map(m -> m.month().toString().substring(0, 7)).toList(),
                List.of(
                        new Charts.Series(
                                label("col.avgDays"),
                                trend.stream().map(MonthlyReach::averageDays).toList(),
                                null),
                        new Charts.Series(
                                label("col.share"),
                                trend.stream()
                                        .map(m -> percent(m.shareInTime()))
                                        .toList(),
                                "line")),
                false,
                true);
    }

    public String getStageChart() {
        List<StageDuration> stages = getEhds().stages();
        return Charts.bar(
                stages.stream().map(StageDuration::stage).toList(),
                List.of(
                        new Charts.Series(
                                label("col.median"),
                                stages.stream().map(StageDuration::medianDays).toList(),
                                null),
                        new Charts.Series(
                                label("col.p90"),
                                stages.stream().map(StageDuration::p90Days).toList(),
                                null)),
                false,
                false);
    }

    public String getArt78Chart() {
        List<TargetCompliance> months = getArt78().byMonth();
        return Charts.bar(
                months.stream().map(m -> m.key().substring(0, 7)).toList(),
                List.of(
                        new Charts.Series(
                                label("col.met"),
                                months.stream().map(TargetCompliance::met).toList(),
                                null),
                        new Charts.Series(
                                label("col.late"),
                                months.stream().map(TargetCompliance::late).toList(),
                                null),
                        new Charts.Series(
                                label("col.overdue"),
                                months.stream().map(TargetCompliance::overdue).toList(),
                                null),
                        new Charts.Series(
                                label("col.share"),
                                months.stream().map(m -> percent(m.shareMet())).toList(),
                                "line")),
                true,
                true);
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
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        StringBuilder url = new StringBuilder(context)
                .append("/api/reports/")
                .append(report.slug())
                .append("/export?format=")
                .append(format)
                .append("&lang=")
                .append(locale().getLanguage());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("module", filter.module());
        params.put("team", filter.team());
        params.put("procedure", filter.procedure());
        params.put("organisation", filter.organisation());
        params.forEach((k, v) -> {
            if (v != null) {
                url.append('&').append(k).append('=').append(encode(v.toString()));
            }
        });
        return url.toString();
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

    public String getForecastMethod() {
        return label(
                "forecast.method",
                settings.historyMonths(),
                String.format(locale(), "%.0f %%", settings.threshold() * 100));
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
        return new ReportDocuments(locale()).label(key, args);
    }

    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static String stateKey(String state) {
        return switch (state) {
            case "AT_RISK" -> "atRisk";
            case "BREACHED" -> "breached";
            case "SUSPENDED" -> "suspended";
            default -> "running";
        };
    }

    private static String outcomeKey(String outcome) {
        return switch (outcome) {
            case "MET" -> "met";
            case "LATE" -> "late";
            case "NOT_DUE" -> "notDue";
            default -> "overdue";
        };
    }

    private static List<String> nonNull(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        return kept;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static Locale locale() {
        Locale l = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
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
