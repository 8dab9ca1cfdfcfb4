package fr.vigie.reporting.web;

import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.Reports;
import java.util.List;

/** The complaints Art. 78(2) page: complainants informed within 3 months, by month and by team. */
public final class Art78View implements ReportView {
    private final Reports.Art78 data;
    private final Labels labels;

    Art78View(ReportViewContext context) {
        this.data = context.reports().art78(context.filter());
        this.labels = context.labels();
    }

    @Override
    public Reports.Art78 getData() {
        return data;
    }

    public String getChart() {
        List<TargetCompliance> months = data.byMonth();
        return Charts.bar(
                months.stream().map(m -> m.key().substring(0, 7)).toList(),
                List.of(
                        new Charts.Series(
                                labels.label("col.met"),
                                months.stream().map(TargetCompliance::met).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.late"),
                                months.stream().map(TargetCompliance::late).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.overdue"),
                                months.stream().map(TargetCompliance::overdue).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.share"),
                                months.stream()
                                        .map(m -> Charts.percent(m.shareMet()))
                                        .toList(),
                                "line")),
                true,
                true);
    }
}
