package fr.vigie.reporting.web;

import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.application.Reports;
import java.util.List;

/** The deadline board's page: open clocks by module and state, the first overdue clocks, a stacked bar chart. */
public final class DeadlinesView implements ReportView {
    private final Reports.DeadlineBoard data;
    private final Labels labels;

    DeadlinesView(ReportViewContext context) {
        this.data = context.reports().deadlines(context.filter(), 0, Reports.FIRST_PAGE);
        this.labels = context.labels();
    }

    @Override
    public Reports.DeadlineBoard getData() {
        return data;
    }

    public String getChart() {
        List<DeadlineCount> counts = data.counts();
        return Charts.bar(
                counts.stream().map(DeadlineCount::module).toList(),
                List.of(
                        new Charts.Series(
                                labels.label("col.running"),
                                counts.stream().map(DeadlineCount::running).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.atRisk"),
                                counts.stream().map(DeadlineCount::atRisk).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.breached"),
                                counts.stream().map(DeadlineCount::breached).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.suspended"),
                                counts.stream().map(DeadlineCount::suspended).toList(),
                                null)),
                true,
                false);
    }
}
