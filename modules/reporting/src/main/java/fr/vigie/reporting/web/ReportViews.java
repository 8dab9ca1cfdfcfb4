package fr.vigie.reporting.web;

import fr.vigie.reporting.application.Report;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Which view each report's page shows: the one place that maps a report to its page's model. */
final class ReportViews {
    private static final Map<Report, Function<ReportViewContext, ReportView>> VIEWS = views();

    private ReportViews() {}

    private static Map<Report, Function<ReportViewContext, ReportView>> views() {
        Map<Report, Function<ReportViewContext, ReportView>> views = new EnumMap<>(Report.class);
        views.put(Report.DEADLINES, DeadlinesView::new);
        views.put(Report.EHDS, EhdsView::new);
        views.put(Report.BACKLOG, BacklogView::new);
        views.put(Report.ART78, Art78View::new);
        views.put(Report.FORECAST, ForecastView::new);
        views.put(Report.WORKLOAD, WorkloadView::new);
        views.put(Report.CROSS_BORDER, CrossBorderView::new);
        return Collections.unmodifiableMap(views);
    }

    /** Reads the report's numbers for the filter of {@code context} (a refused filter throws here). */
    static ReportView open(Report report, ReportViewContext context) {
        Function<ReportViewContext, ReportView> view = VIEWS.get(report);
        if (view == null) {
            throw new IllegalStateException("no page view for report " + report);
        }
        return view.apply(context);
    }

    static boolean has(Report report) {
        return VIEWS.containsKey(report);
    }
}
