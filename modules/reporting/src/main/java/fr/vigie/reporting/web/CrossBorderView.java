package fr.vigie.reporting.web;

import fr.vigie.reporting.application.Reports;

/** The cross-border cases page: counts by role and stage, open cases against their deadline, transmissions. */
public final class CrossBorderView implements ReportView {
    private final Reports.CrossBorder data;

    CrossBorderView(ReportViewContext context) {
        this.data = context.reports().crossBorder(context.filter(), 0, Reports.FIRST_PAGE);
    }

    @Override
    public Reports.CrossBorder getData() {
        return data;
    }
}
