package fr.vigie.reporting.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age bands of the backlog: how long an open case has been waiting since it was received or
 * submitted. Bounds are in calendar months, lower bound included: a case received exactly three
 * months ago is in {@link #M3_6}. The last band is the 2.5-year mark that the EHDS reports single out.
 */
public enum AgeBand {
    M0_3(0, 3),
    M3_6(3, 6),
    M6_12(6, 12),
    Y1_2_5(12, 30),
    OVER_2_5_Y(30, Integer.MAX_VALUE);

    private final int fromMonths;
    private final int toMonths;

    AgeBand(int fromMonths, int toMonths) {
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
    }

    public int fromMonths() {
        return fromMonths;
    }

    /** Exclusive upper bound in months; {@link Integer#MAX_VALUE} for the last band. */
    public int toMonths() {
        return toMonths;
    }

    /** The band of a case opened on {@code openedOn}, as of {@code today}. */
    public static AgeBand of(LocalDate openedOn, LocalDate today) {
        if (openedOn.isAfter(today)) {
            return M0_3;
        }
        int months = (int) Period.between(openedOn, today).toTotalMonths();
        for (AgeBand band : values()) {
            if (months >= band.fromMonths && months < band.toMonths) {
                return band;
            }
        }
        return OVER_2_5_Y;
    }

    /** The latest opening day that still falls in this band or an older one, as of {@code today}. */
    public LocalDate openedOnOrBefore(LocalDate today) {
        return today.minusMonths(fromMonths);
    }
}
