package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.reporting.application.ReportRows.CaseItem;
import fr.vigie.reporting.application.ReportRows.ClockItem;
import fr.vigie.reporting.application.ReportRows.ForecastItem;
import fr.vigie.reporting.domain.ReportFilter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The reports, for the pages, the REST API and the exports: read-only, restricted to the modules
 * the reader's roles allow ({@link ReportAccess}); a report not meant for the reader, or a module
 * filter outside what they may read, is refused.
 */
@Stateless
@RolesAllowed({
    Roles.MANAGER,
    Roles.DAC_MEMBER,
    Roles.DAC_CHAIR,
    Roles.DAC_SECRETARY,
    Roles.DOSSIER_INSTRUCTOR,
    Roles.COMPLAINT_HANDLER,
    Roles.HEAD_OF_INSPECTIONS
})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportService {
    /** Default period of the compliance reports: the last twelve months. */
    static final int DEFAULT_MONTHS = 12;

    @Resource(lookup = "jdbc/vigie")
    DataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    ReportingSettings settings;

    private Reports reports;

    @Inject
    ReportReads reads;

    @PostConstruct
    void wire() {
        reports = new Reports(reads);
    }

    /** The reports the current user may open. */
    public List<Report> available() {
        return settings.access().reportsFor(user.roles());
    }

    public Set<String> modulesFor(Report report) {
        return settings.access().modulesFor(report, user.roles());
    }

    public Snapshot snapshot() {
        return read(c -> reports.queries()
                .snapshots()
                .snapshot(c)
                .orElseGet(() -> new Snapshot(
                        0,
                        LocalDate.now(),
                        Instant.EPOCH.atOffset(ZoneOffset.UTC).toInstant(),
                        0,
                        List.of(),
                        List.of(),
                        false)));
    }

    public Reports.DeadlineBoard deadlines(ReportFilter f, int offset, int limit) {
        Set<String> modules = allowed(Report.DEADLINES, f);
        return read(c -> reports.deadlineBoard(c, snapshotOf(c), f, modules, offset, limit));
    }

    /**
     * The deadline board's counts alone (no rows), for the home page: the snapshot's day and one
     * aggregate query; {@link DeadlineHeadline#NONE} before the first snapshot.
     */
    public DeadlineHeadline deadlineHeadline() {
        Set<String> modules = allowed(Report.DEADLINES, ReportFilter.NONE);
        return read(c -> {
            Optional<Snapshot> s = reports.queries().snapshots().snapshot(c);
            if (s.isEmpty()) {
                return DeadlineHeadline.NONE;
            }
            LocalDate asOf = s.get().asOf();
            return new DeadlineHeadline(
                    asOf, reports.queries().deadlines().deadlineCounts(c, asOf, ReportFilter.NONE, modules));
        });
    }

    public Reports.EhdsCompliance ehds(ReportFilter f) {
        Set<String> modules = allowed(Report.EHDS, f);
        return read(c -> reports.ehds(c, snapshotOf(c), withDefaultPeriod(f, snapshotOf(c)), modules));
    }

    public Reports.Backlog backlog(ReportFilter f, int offset, int limit) {
        Set<String> modules = allowed(Report.BACKLOG, f);
        return read(c -> reports.backlog(c, snapshotOf(c), f, modules, offset, limit));
    }

    public Reports.Art78 art78(ReportFilter f) {
        Set<String> modules = allowed(Report.ART78, f);
        return read(c -> reports.art78(c, snapshotOf(c), withDefaultPeriod(f, snapshotOf(c)), modules));
    }

    public Reports.Forecast forecast(ReportFilter f, int offset, int limit) {
        Set<String> modules = allowed(Report.FORECAST, f);
        return read(c -> reports.forecast(c, f, modules, settings.threshold(), offset, limit));
    }

    public Reports.Workload workload(ReportFilter f) {
        Set<String> modules = allowed(Report.WORKLOAD, f);
        return read(c -> reports.workload(c, f, modules));
    }

    public Reports.CrossBorder crossBorder(ReportFilter f, int offset, int limit) {
        Set<String> modules = allowed(Report.CROSS_BORDER, f);
        return read(c -> reports.crossBorder(c, snapshotOf(c), f, modules, offset, limit));
    }

    /** Drill-down behind a deadline-board number. */
    public Page<ClockItem> clocks(
            ReportFilter f, ClockSelection selection, String sort, boolean ascending, int offset, int limit) {
        Set<String> modules = allowed(Report.DEADLINES, f);
        return read(c -> reports.queries()
                .deadlines()
                .clocks(c, snapshotOf(c).asOf(), f, modules, selection, sort, ascending, offset, limit));
    }

    /** Drill-down behind a backlog, compliance or workload number. */
    public Page<CaseItem> cases(
            Report report,
            ReportFilter f,
            CaseSelection selection,
            String sort,
            boolean ascending,
            int offset,
            int limit) {
        Set<String> modules = allowed(report, f);
        ReportFilter effective = report.hasDefaultPeriod() ? withoutPeriodIfMonth(f, selection) : f;
        return read(c -> reports.queries()
                .cases()
                .cases(c, snapshotOf(c).asOf(), effective, modules, selection, sort, ascending, offset, limit));
    }

    /** Drill-down behind a forecast number. */
    public Page<ForecastItem> likelyBreaches(
            ReportFilter f, String module, String stage, String sort, boolean ascending, int offset, int limit) {
        Set<String> modules = allowed(Report.FORECAST, f);
        return read(c -> reports.queries()
                .forecast()
                .likelyBreaches(c, f, modules, module, stage, sort, ascending, offset, limit));
    }

    public double threshold() {
        return settings.threshold();
    }

    /** The period the compliance reports use when none is given. */
    public static ReportFilter withDefaultPeriod(ReportFilter f, Snapshot s) {
        if (f.from() != null || f.to() != null) {
            return f;
        }
        return new ReportFilter(
                s.asOf().minusMonths(DEFAULT_MONTHS).withDayOfMonth(1),
                s.asOf(),
                f.module(),
                f.team(),
                f.procedure(),
                f.organisation());
    }

    private static ReportFilter withoutPeriodIfMonth(ReportFilter f, CaseSelection selection) {
        return selection.openedMonth() == null
                ? f
                : new ReportFilter(null, null, f.module(), f.team(), f.procedure(), f.organisation());
    }

    private Set<String> allowed(Report report, ReportFilter f) {
        Set<String> modules = modulesFor(report);
        if (modules.isEmpty()) {
            throw new ReportForbidden();
        }
        if (f.module() != null && !modules.contains(f.module())) {
            throw new ReportFilter.InvalidFilter("module", "error.filter.module");
        }
        return modules;
    }

    private Snapshot snapshotOf(Connection c) throws SQLException {
        return reports.queries()
                .snapshots()
                .snapshot(c)
                .orElseThrow(() -> new IllegalStateException("reporting snapshot missing"));
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return Reports.withCustomPlans(c, () -> work.run(c));
        } catch (SQLException e) {
            throw new IllegalStateException("Report query failed: " + e.getMessage(), e);
        }
    }
}
