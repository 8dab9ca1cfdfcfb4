package fr.vigie.platform.api;

import java.util.List;

/**
 * One page of a list and how many rows match. Broad filters are counted only up to
 * {@link #COUNT_CAP}: counting every match of a filter that selects most of a large table reads a
 * row per match on every page turn, and nobody pages through forty pages; beyond the cap the screen
 * says "more than 1 000, narrow the filters".
 *
 * @param total       the rows matching (at most the cap when capped)
 * @param totalCapped true when more rows match than were counted ({@code total} is then a lower bound)
 */
public record Page<T>(List<T> rows, long total, boolean totalCapped, int offset, int limit) {
    /** The count stops at this many rows. */
    public static final int COUNT_CAP = 1_000;

    public Page {
        rows = List.copyOf(rows);
    }

    /** A page whose total is exact. */
    public static <T> Page<T> exact(List<T> rows, long total, int offset, int limit) {
        return new Page<>(rows, total, false, offset, limit);
    }

    /**
     * A page counted up to the cap: {@code counted} is the result of a count limited to
     * {@code COUNT_CAP + 1} rows; more than the cap means "at least the cap, and at least the rows seen".
     */
    public static <T> Page<T> capped(List<T> rows, long counted, int offset, int limit) {
        boolean capped = counted > COUNT_CAP;
        long total = capped ? Math.max(COUNT_CAP, (long) Math.max(0, offset) + rows.size()) : counted;
        return new Page<>(rows, total, capped, offset, limit);
    }
}
