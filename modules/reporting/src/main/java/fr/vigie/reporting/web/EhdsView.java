package fr.vigie.reporting.web;

import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.Reports;
import java.util.List;

/** The EHDS compliance page: access within target by procedure, days per stage, the monthly trend. */
public final class EhdsView implements ReportView {
    private final Reports.EhdsCompliance data;
    private final Labels labels;

    EhdsView(ReportViewContext context) {
        this.data = context.reports().ehds(context.filter());
        this.labels = context.labels();
    }

    @Override
    public Reports.EhdsCompliance getData() {
        return data;
    }

    public String getTrendChart() {
        List<MonthlyReach> trend = data.trend();
        return Charts.bar(
                trend.stream().map(m -> m.month().toString().substring(0, 7)).toList(),
                List.of(
                        new Charts.Series(
                                labels.label("col.avgDays"),
                                trend.stream().map(MonthlyReach::averageDays).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.share"),
                                trend.stream()
                                        .map(m -> Charts.percent(m.shareInTime()))
                                        .toList(),
                                "line")),
                false,
                true);
    }

    public String getStageChart() {
        List<StageDuration> stages = data.stages();
        return Charts.bar(
                stages.stream().map(StageDuration::stage).toList(),
                List.of(
                        new Charts.Series(
                                labels.label("col.median"),
                                stages.stream().map(StageDuration::medianDays).toList(),
                                null),
                        new Charts.Series(
                                labels.label("col.p90"),
                                stages.stream().map(StageDuration::p90Days).toList(),
                                null)),
                false,
                false);
    }
}
