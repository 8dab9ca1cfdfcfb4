package fr.vigie.complaints.application;

import fr.vigie.platform.api.Page;
import java.util.List;

/**
 * The work list and its counters, read in SQL (filters, sort and paging in the database); implemented in persistence.
 */
public interface WorklistQuery {
    /** Largest page (the export reads in pages of this size). */
    int MAX_PAGE = 50_000;

    Page<ComplaintSummary> page(WorklistFilter filter, String sortField, boolean ascending, int offset, int limit);

    /**
     * Every row matching the filter, in the list's order, read a chunk at a time so that an export
     * of a hundred thousand rows never holds them all in memory.
     *
     * @return how many rows were given to {@code sink}
     */
    int forEachRow(
            WorklistFilter filter,
            String sortField,
            boolean ascending,
            int max,
            java.util.function.Consumer<ComplaintSummary> sink);

    /** The complaints of a campaign (at most {@code max}), oldest first. */
    List<ComplaintSummary> campaign(String code, int max);

    ClockCounters informationClockCounters();

    List<Workload> openWorkload();
}
