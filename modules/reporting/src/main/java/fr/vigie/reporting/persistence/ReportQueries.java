package fr.vigie.reporting.persistence;

import fr.vigie.reporting.application.Art78Queries;
import fr.vigie.reporting.application.BacklogQueries;
import fr.vigie.reporting.application.CaseQueries;
import fr.vigie.reporting.application.CrossBorderReportQueries;
import fr.vigie.reporting.application.DeadlineQueries;
import fr.vigie.reporting.application.EhdsQueries;
import fr.vigie.reporting.application.ForecastQueries;
import fr.vigie.reporting.application.ReportReads;
import fr.vigie.reporting.application.Snapshot;
import fr.vigie.reporting.application.SnapshotQuery;
import fr.vigie.reporting.application.WorkloadQueries;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The reports' query classes, one per report, all on the filter written once in {@link FactFilter}.
 * Filters, sorting and paging happen in PostgreSQL; sort keys are whitelisted and user input only ever
 * reaches the statements as parameters. Aggregate reports read the small pre-aggregated tables
 * ({@code target_month}, {@code reach_month}, {@code stage_hist}) unless an organisation is asked for.
 *
 * <p>"Today" is the snapshot's day ({@link Snapshot#asOf()}), so that every number on a page agrees
 * with the others and with the data's age shown on it. The query classes are stateless: one instance
 * each. Plain Java, so that the benchmark ({@code new Reports(new ReportQueries())}) runs the server's code.
 */
@Dependent
public final class ReportQueries implements ReportReads {
    private final SnapshotQuery snapshots = new SqlSnapshotQuery();
    private final DeadlineQueries deadlines = new SqlDeadlineQueries();
    private final EhdsQueries ehds = new SqlEhdsQueries();
    private final BacklogQueries backlog = new SqlBacklogQueries();
    private final CaseQueries cases = new SqlCaseQueries();
    private final Art78Queries art78 = new SqlArt78Queries();
    private final ForecastQueries forecast = new SqlForecastQueries();
    private final WorkloadQueries workload = new SqlWorkloadQueries();
    private final CrossBorderReportQueries crossBorder = new SqlCrossBorderReportQueries();

    /** The snapshot's state (for callers outside the container, such as the benchmark). */
    public Optional<Snapshot> snapshot(Connection c) throws SQLException {
        return snapshots.snapshot(c);
    }

    @Override
    public SnapshotQuery snapshots() {
        return snapshots;
    }

    @Override
    public DeadlineQueries deadlines() {
        return deadlines;
    }

    @Override
    public EhdsQueries ehds() {
        return ehds;
    }

    @Override
    public BacklogQueries backlog() {
        return backlog;
    }

    @Override
    public CaseQueries cases() {
        return cases;
    }

    @Override
    public Art78Queries art78() {
        return art78;
    }

    @Override
    public ForecastQueries forecast() {
        return forecast;
    }

    @Override
    public WorkloadQueries workload() {
        return workload;
    }

    @Override
    public CrossBorderReportQueries crossBorder() {
        return crossBorder;
    }
}
