package fr.vigie.complaints.application;

import java.util.List;

/**
 * One page of the work list and the number of rows matching the filter.
 *
 * @param totalCapped true when more rows match than were counted ({@code total} is then a lower bound)
 */
public record WorklistPage(List<ComplaintSummary> rows, long total, boolean totalCapped, int offset, int limit) {
    public WorklistPage {
        rows = List.copyOf(rows);
    }
}
