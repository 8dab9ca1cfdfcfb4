package fr.vigie.inspections.application;

/**
 * The programme board, one theme and quarter: how many inspections are planned (not started),
 * started (prepared to observations closed) and done (closed), against the theme's yearly target.
 */
public record BoardCell(String theme, int quarter, long planned, long started, long done) {
    public long total() {
        return planned + started + done;
    }
}
