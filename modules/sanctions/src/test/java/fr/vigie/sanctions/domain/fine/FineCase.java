package fr.vigie.sanctions.domain.fine;

import java.math.BigDecimal;

/**
 * One row of a fine test-vector file, as written (cells kept as text so that a malformed cell
 * fails that row's test, named by its case id, not the whole file).
 */
record FineCase(
        String origin,
        int line,
        String id,
        String procedure,
        String infringements,
        String turnoverEur,
        String fineEur,
        String penaltyPerDayEur,
        String expectedCapEur,
        String expected,
        String note) {

    BigDecimal expectedCap() {
        return new BigDecimal(expectedCapEur);
    }

    @Override
    public String toString() {
        return id + ": " + procedure + " " + infringements + ", turnover "
                + (turnoverEur.isEmpty() ? "unknown" : turnoverEur)
                + ", fine " + fineEur + ", penalty " + penaltyPerDayEur + "/day -> cap " + expectedCapEur + ", "
                + expected
                + (note.isEmpty() ? "" : " (" + note + ")") + " [" + origin + " line " + line + "]";
    }
}
