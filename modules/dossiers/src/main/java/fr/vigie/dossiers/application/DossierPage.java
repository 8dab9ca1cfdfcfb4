package fr.vigie.dossiers.application;

import java.util.List;

/**
 * A page of the list and the number of rows matching the filter, counted up to a cap: a broad
 * filter (most of 100,000 dossiers) is not counted exactly on every page turn; the screen says
 * "more than 1 000, narrow the filters" instead.
 *
 * @param total       the rows matching, at most the cap
 * @param totalCapped true when more rows match than were counted ({@code total} is then a lower bound)
 */
public record DossierPage(List<DossierSummary> rows, long total, boolean totalCapped, int offset, int limit) {
}
