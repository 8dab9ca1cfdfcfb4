package fr.vigie.reporting.rest;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Roles;
import fr.vigie.reporting.application.CaseSelection;
import fr.vigie.reporting.application.ClockSelection;
import fr.vigie.reporting.application.Report;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportService;
import fr.vigie.reporting.application.ReportingSettings;
import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.application.SnapshotJob;
import fr.vigie.reporting.application.SnapshotRebuild;
import fr.vigie.reporting.domain.AgeBand;
import fr.vigie.reporting.domain.ReportFilter;
import fr.vigie.reporting.export.ExportFormat;
import fr.vigie.reporting.export.ReportDocument;
import fr.vigie.reporting.export.ReportDocuments;
import fr.vigie.reporting.export.ReportWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/reports}: the list of reports the caller may read, each report as JSON with the
 * snapshot it comes from, the drill-downs behind its numbers, and its exports. Filters are query
 * parameters ({@code from}, {@code to}, {@code module}, {@code team}, {@code procedure},
 * {@code organisation}); a bad one is a problem+json naming it. Read-only, except the managers'
 * "refresh now".
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.MANAGER,
    Roles.DAC_MEMBER,
    Roles.DAC_CHAIR,
    Roles.DAC_SECRETARY,
    Roles.DOSSIER_INSTRUCTOR,
    Roles.COMPLAINT_HANDLER,
    Roles.HEAD_OF_INSPECTIONS
})
public class ReportResource {
    /** Largest export; beyond it, narrow the filters. */
    static final int EXPORT_LIMIT = 100_000;

    static final int MAX_PAGE = 500;

    @Inject
    ReportService reports;

    @Inject
    SnapshotJob job;

    @Inject
    ReportingSettings settings;

    @Context
    HttpHeaders headers;

    public record Overview(Snapshot snapshot, List<String> reports, Map<String, List<String>> modules) {}

    @GET
    public Overview overview() {
        List<Report> available = reports.available();
        return new Overview(
                reports.snapshot(),
                available.stream().map(Report::slug).toList(),
                available.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Report::slug, r -> List.copyOf(reports.modulesFor(r)))));
    }

    public record Result<T>(String report, Snapshot snapshot, ReportFilter filter, T data) {}

    @GET
    @Path("{report}")
    public Result<Object> report(@PathParam("report") String slug, @jakarta.ws.rs.BeanParam FilterParams params) {
        Report report = report(slug);
        ReportFilter filter = params.filter();
        Object data = run(report, filter, params.offset(), params.limit(MAX_PAGE));
        return new Result<>(report.slug(), reports.snapshot(), effective(report, filter), data);
    }

    /** Drill-down of the deadline board: open clocks of a module, state or due window ({@code WEEK}, {@code MONTH}). */
    @GET
    @Path("deadlines/clocks")
    public Page<ClockItem> clocks(
            @jakarta.ws.rs.BeanParam FilterParams params,
            @QueryParam("state") String state,
            @QueryParam("selectModule") String module,
            @QueryParam("due") String due,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") Boolean ascending) {
        return reports.clocks(
                params.filter(),
                ClockSelection.of(module, state, due, reports.snapshot().asOf()),
                sort,
                ascending == null || ascending,
                params.offset(),
                params.limit(MAX_PAGE));
    }

    /** Drill-down of the backlog, compliance and workload reports: the cases behind a number. */
    @GET
    @Path("{report}/cases")
    public Page<CaseItem> cases(
            @PathParam("report") String slug,
            @jakarta.ws.rs.BeanParam FilterParams params,
            @QueryParam("selectModule") String module,
            @QueryParam("open") Boolean open,
            @QueryParam("band") String band,
            @QueryParam("month") String month,
            @QueryParam("outcome") String outcome,
            @QueryParam("selectTeam") String team,
            @QueryParam("assignee") String assignee,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") Boolean ascending) {
        Report report = report(slug);
        CaseSelection selection = new CaseSelection(
                module,
                open == null || open,
                band(band),
                month == null || month.isBlank() ? null : date(month.length() == 7 ? month + "-01" : month, "month"),
                outcome,
                team,
                assignee);
        return reports.cases(
                report,
                params.filter(),
                selection,
                sort,
                ascending == null || ascending,
                params.offset(),
                params.limit(MAX_PAGE));
    }

    /** Drill-down of the forecast: cases likely to breach, for a module and / or a stage responsible. */
    @GET
    @Path("forecast/likely")
    public Page<ForecastItem> likely(
            @jakarta.ws.rs.BeanParam FilterParams params,
            @QueryParam("selectModule") String module,
            @QueryParam("stage") String stage,
            @QueryParam("sort") String sort,
            @QueryParam("ascending") Boolean ascending) {
        return reports.likelyBreaches(
                params.filter(),
                module,
                stage,
                sort,
                ascending != null && ascending,
                params.offset(),
                params.limit(MAX_PAGE));
    }

    /** The report as a file: {@code format} = csv, xlsx or pdf; {@code lang} = fr (default) or en. */
    @GET
    @Path("{report}/export")
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
        MediaType.APPLICATION_JSON
    })
    public Response export(
            @PathParam("report") String slug,
            @QueryParam("format") String formatName,
            @QueryParam("lang") String lang,
            @jakarta.ws.rs.BeanParam FilterParams params) {
        Report report = report(slug);
        ExportFormat format = ExportFormat.of(formatName)
                .orElseThrow(() -> new ReportFilter.InvalidFilter("format", "error.report.format"));
        ReportDocument document = document(report, params.filter(), locale(lang));
        StreamingOutput body = out -> new ReportWriter().write(document, format, out);
        String file = "vigie-" + report.slug() + "-" + reports.snapshot().asOf() + "." + format.extension();
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Rebuilds the snapshot now (managers and administrators). */
    @POST
    @Path("snapshot")
    @RolesAllowed({Roles.MANAGER, Roles.ADMINISTRATOR})
    public SnapshotRebuild.Outcome refresh() {
        return job.refresh();
    }

    /** The report as a document, with every row of its lists (up to {@link #EXPORT_LIMIT}). */
    public ReportDocument document(Report report, ReportFilter filter, Locale locale) {
        ReportDocuments documents = new ReportDocuments(locale);
        Snapshot snapshot = reports.snapshot();
        ReportFilter shown = effective(report, filter);
        return switch (report) {
            case DEADLINES -> documents.deadlines(snapshot, shown, reports.deadlines(filter, 0, EXPORT_LIMIT));
            case EHDS -> documents.ehds(snapshot, shown, reports.ehds(filter));
            case BACKLOG -> documents.backlog(snapshot, shown, reports.backlog(filter, 0, EXPORT_LIMIT));
            case ART78 -> documents.art78(snapshot, shown, reports.art78(filter));
            case FORECAST ->
                documents.forecast(
                        snapshot, shown, reports.forecast(filter, 0, EXPORT_LIMIT), settings.historyMonths());
            case WORKLOAD -> documents.workload(snapshot, shown, reports.workload(filter));
            case CROSS_BORDER -> documents.crossBorder(snapshot, shown, reports.crossBorder(filter, 0, EXPORT_LIMIT));
        };
    }

    private Object run(Report report, ReportFilter filter, int offset, int limit) {
        return switch (report) {
            case DEADLINES -> reports.deadlines(filter, offset, limit);
            case EHDS -> reports.ehds(filter);
            case BACKLOG -> reports.backlog(filter, offset, limit);
            case ART78 -> reports.art78(filter);
            case FORECAST -> reports.forecast(filter, offset, limit);
            case WORKLOAD -> reports.workload(filter);
            case CROSS_BORDER -> reports.crossBorder(filter, offset, limit);
        };
    }

    private ReportFilter effective(Report report, ReportFilter filter) {
        return report.hasDefaultPeriod() ? ReportService.withDefaultPeriod(filter, reports.snapshot()) : filter;
    }

    private Locale locale(String lang) {
        if (lang != null && !lang.isBlank()) {
            return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
        }
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("fr".equals(l.getLanguage())) {
                return Locale.FRENCH;
            }
        }
        return Locale.FRENCH;
    }

    static Report report(String slug) {
        return Report.ofSlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
    }

    static AgeBand band(String band) {
        if (band == null || band.isBlank()) {
            return null;
        }
        try {
            return AgeBand.valueOf(band.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReportFilter.InvalidFilter("band", "error.filter.value");
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ReportFilter.InvalidFilter(field, "error.filter.date");
        }
    }
}
