package fr.vigie.crossborder.application;

import java.util.List;

/** One page of the list, and how many cases the filter matches. */
public record CasePage(List<CaseSummary> rows, long total, int offset, int limit) {}
