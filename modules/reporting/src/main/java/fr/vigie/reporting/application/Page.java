package fr.vigie.reporting.application;

import java.util.List;

/** One page of a list, with the total number of rows matching. */
public record Page<T>(List<T> rows, long total, int offset, int limit) {
}
