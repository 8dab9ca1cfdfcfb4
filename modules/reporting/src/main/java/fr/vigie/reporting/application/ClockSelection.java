package fr.vigie.reporting.application;

import java.time.LocalDate;

/**
 * Which open clocks a drill-down lists: a module, a state ({@code RUNNING}, {@code AT_RISK},
 * {@code BREACHED}, {@code SUSPENDED}), a window of due dates (this week, this month); null = any.
 */
public record ClockSelection(String module, String state, LocalDate dueFrom, LocalDate dueTo) {
    public static final java.util.Set<String> STATES = java.util.Set.of("RUNNING", "AT_RISK", "BREACHED", "SUSPENDED");

    public ClockSelection {
        if (state != null && !STATES.contains(state)) {
            throw new fr.vigie.reporting.domain.ReportFilter.InvalidFilter("state", "error.filter.value");
        }
    }

    public static ClockSelection overdue() {
        return new ClockSelection(null, "BREACHED", null, null);
    }
}
