package fr.vigie.inspections.application;

import java.util.List;

/**
 * One page of the list.
 *
 * @param total  rows matching, counted up to a cap
 * @param capped true when more rows match than {@code total}
 */
public record InspectionListPage(List<InspectionSummary> rows, long total, boolean capped, int offset, int limit) {}
