package fr.vigie.reporting.web;

import fr.vigie.reporting.application.ReportingSettings;
import fr.vigie.reporting.application.Reports;

/** The breach forecast page: counts by module and stage responsible, the likely breaches, the method. */
public final class ForecastView implements ReportView {
    private final Reports.Forecast data;
    private final ReportingSettings settings;
    private final Labels labels;

    ForecastView(ReportViewContext context) {
        this.data = context.reports().forecast(context.filter(), 0, Reports.FIRST_PAGE);
        this.settings = context.settings();
        this.labels = context.labels();
    }

    @Override
    public Reports.Forecast getData() {
        return data;
    }

    /** How the forecast is made: months of history, threshold of "likely". */
    public String getMethod() {
        return labels.label(
                "forecast.method",
                settings.historyMonths(),
                String.format(labels.locale(), "%.0f %%", settings.threshold() * 100));
    }
}
