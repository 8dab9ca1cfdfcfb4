package fr.vigie.reporting.web;

import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.application.Reports;
import fr.vigie.reporting.domain.AgeBand;
import java.util.ArrayList;
import java.util.List;

/** The backlog ageing page: open cases by module and age band, the oldest dossiers, a chart by band. */
public final class BacklogView implements ReportView {
    private final Reports.Backlog data;
    private final Labels labels;

    BacklogView(ReportViewContext context) {
        this.data = context.reports().backlog(context.filter(), 0, Reports.FIRST_PAGE);
        this.labels = context.labels();
    }

    @Override
    public Reports.Backlog getData() {
        return data;
    }

    public String getChart() {
        List<String> bands = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            bands.add(labels.label("band." + band.name()));
        }
        List<Charts.Series> series = new ArrayList<>();
        for (AgeCount row : data.byModule()) {
            List<Long> values = new ArrayList<>();
            for (long n : row.byBand()) {
                values.add(n);
            }
            series.add(new Charts.Series(row.module(), values, null));
        }
        return Charts.bar(bands, series, false, false);
    }
}
