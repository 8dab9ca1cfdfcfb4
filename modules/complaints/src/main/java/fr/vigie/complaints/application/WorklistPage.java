package fr.vigie.complaints.application;

import java.util.List;

/** One page of the work list and the number of rows matching the filter. */
public record WorklistPage(List<ComplaintSummary> rows, long total, int offset, int limit) {
    public WorklistPage {
        rows = List.copyOf(rows);
    }
}
