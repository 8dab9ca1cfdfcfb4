package fr.vigie.platform.clock.domain;

import java.time.LocalDate;

/**
 * One row of the clock test vectors ({@code clock-cases.csv}): a start event, a period, a
 * number of suspended days and the expected last day.
 */
record ClockCase(
        String id, LocalDate eventDate, Period period, long suspendedDays, LocalDate expectedEnd, String rule) {

    @Override
    public String toString() {
        String label = id + ": " + eventDate + " + " + period
                + (suspendedDays == 0 ? "" : " + " + suspendedDays + " suspended days") + " -> " + expectedEnd;
        return rule.isEmpty() ? label : label + " (" + rule + ")";
    }
}
