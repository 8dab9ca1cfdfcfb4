package fr.vigie.reporting.web;

import fr.vigie.reporting.application.Reports;

/** The workload page: open cases and clocks at risk or breached per person. */
public final class WorkloadView implements ReportView {
    private final Reports.Workload data;

    WorkloadView(ReportViewContext context) {
        this.data = context.reports().workload(context.filter());
    }

    @Override
    public Reports.Workload getData() {
        return data;
    }
}
