package fr.vigie.reporting.export;

import fr.vigie.platform.api.MessageArguments;
import fr.vigie.reporting.application.Report;
import fr.vigie.reporting.application.ReportRows.AgeCount;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.CrossBorderItem;
import fr.vigie.reporting.application.ReportRows.DeadlineCount;
import fr.vigie.reporting.application.ReportRows.ForecastCount;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.application.ReportRows.MonthlyReach;
import fr.vigie.reporting.application.ReportRows.ResponsibleCount;
import fr.vigie.reporting.application.ReportRows.RoleStageCount;
import fr.vigie.reporting.application.ReportRows.StageDuration;
import fr.vigie.reporting.application.ReportRows.TargetCompliance;
import fr.vigie.reporting.application.ReportRows.TransmissionCount;
import fr.vigie.reporting.application.ReportRows.WorkloadRow;
import fr.vigie.reporting.application.Reports;
import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.domain.AgeBand;
import fr.vigie.reporting.domain.ReportFilter;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns each report's result into a {@link ReportDocument}, labelled in the reader's language. */
public final class ReportDocuments {
    public static final String BUNDLE = "fr.vigie.reporting.i18n.messages";

    private final ResourceBundle messages;
    private final Locale locale;

    public ReportDocuments(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                ReportDocuments.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String label(String key, Object... args) {
        return args.length == 0
                ? messages.getString(key)
                : new MessageFormat(messages.getString(key), locale).format(MessageArguments.inWords(args, locale));
    }

    /** When the snapshot was refreshed, in Paris time, as the reader's language writes it. */
    public String refreshedAt(Instant refreshed) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(refreshed.atZone(ZoneId.of("Europe/Paris")));
    }

    private ReportDocument document(
            Report report, Snapshot s, ReportFilter f, List<String> extraNotes, List<ReportDocument.Table> tables) {
        List<String> notes = new ArrayList<>();
        notes.add(label(
                "report.dataAge",
                s.asOf(),
                refreshedAt(s.refreshedAt()),
                Math.max(0, (System.currentTimeMillis() - s.refreshedAt().toEpochMilli()) / 60_000)));
        notes.add(filterLine(f));
        notes.addAll(extraNotes);
        return new ReportDocument(label(report.titleKey()), notes, tables);
    }

    private String filterLine(ReportFilter f) {
        List<String> parts = new ArrayList<>();
        add(parts, "report.filter.from", f.from());
        add(parts, "report.filter.to", f.to());
        add(parts, "report.filter.module", f.module());
        add(parts, "report.filter.team", f.team());
        add(parts, "report.filter.procedure", f.procedure());
        add(parts, "report.filter.organisation", f.organisation());
        return label("report.filter") + ": "
                + (parts.isEmpty() ? label("report.filter.all") : String.join(", ", parts));
    }

    private void add(List<String> parts, String key, Object value) {
        if (value != null) {
            parts.add(label(key) + " " + value);
        }
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(k -> label("col." + k)).toList();
    }

    public ReportDocument deadlines(Snapshot s, ReportFilter f, Reports.DeadlineBoard board) {
        List<List<Object>> counts = new ArrayList<>();
        for (DeadlineCount c : board.counts()) {
            counts.add(List.of(
                    c.module(),
                    c.running(),
                    c.atRisk(),
                    c.breached(),
                    c.suspended(),
                    c.open(),
                    c.dueThisWeek(),
                    c.dueThisMonth()));
        }
        return document(
                Report.DEADLINES,
                s,
                f,
                List.of(label("report.period.deadlines")),
                List.of(
                        new ReportDocument.Table(
                                label("section.deadlines.counts"),
                                headers(
                                        "module",
                                        "running",
                                        "atRisk",
                                        "breached",
                                        "suspended",
                                        "open",
                                        "dueWeek",
                                        "dueMonth"),
                                counts),
                        new ReportDocument.Table(
                                label("section.deadlines.overdue"),
                                clockHeaders(),
                                clockRows(board.overdue().rows()))));
    }

    public List<String> clockHeaders() {
        return headers("module", "reference", "title", "policy", "legalSource", "owner", "team", "dueDate", "daysLate");
    }

    public List<List<Object>> clockRows(List<ClockItem> clocks) {
        List<List<Object>> rows = new ArrayList<>();
        for (ClockItem c : clocks) {
            rows.add(Arrays.asList(
                    c.module(),
                    c.reference(),
                    c.title(),
                    c.policyCode(),
                    c.legalSource(),
                    c.owner(),
                    c.team(),
                    c.dueDate(),
                    c.daysLate()));
        }
        return rows;
    }

    public ReportDocument ehds(Snapshot s, ReportFilter f, Reports.EhdsCompliance r) {
        List<List<Object>> procedures = compliance(r.byProcedure());
        List<List<Object>> stages = new ArrayList<>();
        for (StageDuration d : r.stages()) {
            stages.add(Arrays.asList(d.stage(), d.cases(), d.medianDays(), d.p90Days(), round(d.meanDays())));
        }
        List<List<Object>> trend = new ArrayList<>();
        for (MonthlyReach m : r.trend()) {
            trend.add(Arrays.asList(
                    m.month(), m.reached(), m.inTime(), percent(m.shareInTime()), round(m.averageDays())));
        }
        Double average = r.averageDaysToAccess();
        return document(
                Report.EHDS,
                s,
                f,
                List.of(
                        label("report.period.ehds"),
                        label("section.ehds.average", average == null ? "-" : String.format(locale, "%.1f", average))),
                List.of(
                        new ReportDocument.Table(
                                label("section.ehds.procedures"),
                                headers("procedure", "cases", "met", "late", "overdue", "notDue", "share"),
                                procedures),
                        new ReportDocument.Table(
                                label("section.ehds.stages"),
                                headers("stage", "cases", "median", "p90", "mean"),
                                stages),
                        new ReportDocument.Table(
                                label("section.ehds.trend"),
                                headers("month", "reached", "inTime", "share", "avgDays"),
                                trend)));
    }

    public ReportDocument backlog(Snapshot s, ReportFilter f, Reports.Backlog r) {
        List<String> bandHeaders = new ArrayList<>(List.of(label("col.module")));
        for (AgeBand band : AgeBand.values()) {
            bandHeaders.add(label("band." + band.name()));
        }
        bandHeaders.add(label("col.open"));
        List<List<Object>> bands = new ArrayList<>();
        for (AgeCount c : r.byModule()) {
            List<Object> row = new ArrayList<>();
            row.add(c.module());
            for (long n : c.byBand()) {
                row.add(n);
            }
            row.add(c.total());
            bands.add(row);
        }
        return document(
                Report.BACKLOG,
                s,
                f,
                List.of(label("report.period.backlog")),
                List.of(
                        new ReportDocument.Table(label("section.backlog.bands"), bandHeaders, bands),
                        new ReportDocument.Table(
                                label("section.backlog.old") + " ("
                                        + r.oldDossiers().total() + ")",
                                caseHeaders(),
                                caseRows(r.oldDossiers().rows()))));
    }

    public List<String> caseHeaders() {
        return headers(
                "module",
                "reference",
                "title",
                "procedure",
                "status",
                "currentStage",
                "openedOn",
                "owner",
                "team",
                "organisation",
                "targetOn",
                "age");
    }

    public List<List<Object>> caseRows(List<CaseItem> cases) {
        List<List<Object>> rows = new ArrayList<>();
        for (CaseItem c : cases) {
            rows.add(Arrays.asList(
                    c.module(),
                    c.reference(),
                    c.title(),
                    c.procedure(),
                    c.status(),
                    c.currentStage(),
                    c.openedOn(),
                    c.owner(),
                    c.team(),
                    c.organisation(),
                    c.targetOn(),
                    c.ageDays()));
        }
        return rows;
    }

    public ReportDocument art78(Snapshot s, ReportFilter f, Reports.Art78 r) {
        return document(
                Report.ART78,
                s,
                f,
                List.of(label("report.period.art78")),
                List.of(
                        new ReportDocument.Table(
                                label("section.art78.months"),
                                headers("month", "cases", "met", "late", "overdue", "notDue", "share"),
                                compliance(r.byMonth())),
                        new ReportDocument.Table(
                                label("section.art78.teams"),
                                headers("team", "cases", "met", "late", "overdue", "notDue", "share"),
                                compliance(r.byTeam()))));
    }

    public ReportDocument forecast(Snapshot s, ReportFilter f, Reports.Forecast r, int historyMonths) {
        List<List<Object>> counts = new ArrayList<>();
        for (ForecastCount c : r.counts()) {
            counts.add(List.of(c.module(), c.forecast(), c.likely(), c.beyondHistory()));
        }
        List<List<Object>> stages = new ArrayList<>();
        for (ResponsibleCount c : r.byStage()) {
            stages.add(List.of(c.module(), c.stage(), c.likely()));
        }
        return document(
                Report.FORECAST,
                s,
                f,
                List.of(
                        label("report.period.forecast"),
                        label("forecast.method", historyMonths, String.format(locale, "%.0f %%", r.threshold() * 100))),
                List.of(
                        new ReportDocument.Table(
                                label("section.forecast.counts"),
                                headers("module", "forecast", "likely", "beyond"),
                                counts),
                        new ReportDocument.Table(
                                label("section.forecast.stages"), headers("module", "responsible", "likely"), stages),
                        new ReportDocument.Table(
                                label("section.forecast.list") + " ("
                                        + r.likely().total() + ")",
                                forecastHeaders(),
                                forecastRows(r.likely().rows()))));
    }

    public List<String> forecastHeaders() {
        return headers(
                "module",
                "reference",
                "title",
                "procedure",
                "currentStage",
                "stageSince",
                "owner",
                "targetOn",
                "p50Date",
                "p90Date",
                "pMiss",
                "responsible",
                "beyond");
    }

    public List<List<Object>> forecastRows(List<ForecastItem> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastItem i : items) {
            rows.add(Arrays.asList(
                    i.module(),
                    i.reference(),
                    i.title(),
                    i.procedure(),
                    i.currentStage(),
                    i.stageSince(),
                    i.owner(),
                    i.targetOn(),
                    i.expectedP50(),
                    i.expectedP90(),
                    round(i.probabilityOfMissing()),
                    i.responsibleStage(),
                    i.beyondHistory() ? "x" : ""));
        }
        return rows;
    }

    public ReportDocument workload(Snapshot s, ReportFilter f, Reports.Workload r) {
        List<List<Object>> rows = new ArrayList<>();
        for (WorkloadRow w : r.rows()) {
            rows.add(List.of(w.username(), w.role(), w.openCases(), w.atRiskClocks(), w.breachedClocks()));
        }
        return document(
                Report.WORKLOAD,
                s,
                f,
                List.of(),
                List.of(new ReportDocument.Table(
                        label("section.workload.people"),
                        headers("username", "role", "openCases", "atRiskClocks", "breachedClocks"),
                        rows)));
    }

    public ReportDocument crossBorder(Snapshot s, ReportFilter f, Reports.CrossBorder r) {
        List<List<Object>> counts = new ArrayList<>();
        for (RoleStageCount c : r.byRoleAndStage()) {
            counts.add(List.of(label("crossborder.role." + c.role()), c.stage(), c.open(), c.closed()));
        }
        List<List<Object>> cases = new ArrayList<>();
        for (CrossBorderItem c : r.openCases().rows()) {
            cases.add(Arrays.asList(
                    c.reference(),
                    label("crossborder.role." + c.role()),
                    c.leadAuthority(),
                    c.organisation(),
                    c.rules(),
                    c.procedure(),
                    c.stage(),
                    c.openedOn(),
                    c.daysSinceOpening(),
                    c.dueOn(),
                    c.daysLeft()));
        }
        TransmissionCount t = r.transmissions();
        return document(
                Report.CROSS_BORDER,
                s,
                f,
                List.of(label("report.period.crossborder")),
                List.of(
                        new ReportDocument.Table(
                                label("section.crossborder.roles"), headers("role", "stage", "open", "closed"), counts),
                        new ReportDocument.Table(
                                label("section.crossborder.open") + " ("
                                        + r.openCases().total() + ")",
                                headers(
                                        "reference",
                                        "role",
                                        "leadAuthority",
                                        "organisation",
                                        "rules",
                                        "procedure",
                                        "stage",
                                        "openedOnCase",
                                        "daysSinceOpening",
                                        "investigationDue",
                                        "daysLeft"),
                                cases),
                        new ReportDocument.Table(
                                label("section.crossborder.transmissions"),
                                headers("metInTime", "metLate", "openOverdue", "openInTime", "cases"),
                                List.of(List.of(
                                        t.metInTime(), t.metLate(), t.openOverdue(), t.openInTime(), t.total())))));
    }

    private static List<List<Object>> compliance(List<TargetCompliance> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (TargetCompliance c : rows) {
            out.add(Arrays.asList(
                    c.key(), c.cases(), c.met(), c.late(), c.overdue(), c.notDue(), percent(c.shareMet())));
        }
        return out;
    }

    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
