package fr.vigie.reporting.application;

/**
 * The reports' query ports, one per report (and one for the case lists several reports drill into),
 * each implemented in persistence by its own query class on one connection (filters, sorting and
 * paging in PostgreSQL). The application asks this catalogue for the port it needs, so that it never
 * depends on persistence.
 */
public interface ReportReads {
    /** Largest page a query returns, whatever is asked. */
    int MAX_PAGE = 100_000;

    SnapshotQuery snapshots();

    DeadlineQueries deadlines();

    EhdsQueries ehds();

    BacklogQueries backlog();

    CaseQueries cases();

    Art78Queries art78();

    ForecastQueries forecast();

    WorkloadQueries workload();

    CrossBorderReportQueries crossBorder();
}
