package fr.vigie.sanctions.application;

import java.util.List;

/** A page of the list and the total count matching the filter. */
public record CasePage(List<CaseRow> rows, long total) {}
