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

    /**
     * From request values: {@code due} = {@code WEEK} (due from today to Sunday) or {@code MONTH} (to the
     * end of the month), as the deadline board counts them.
     */
    public static ClockSelection of(String module, String state, String due, LocalDate today) {
        LocalDate from = null;
        LocalDate to = null;
        if ("WEEK".equalsIgnoreCase(due)) {
            from = today;
            to = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        } else if ("MONTH".equalsIgnoreCase(due)) {
            from = today;
            to = today.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
        } else if (due != null && !due.isBlank()) {
            throw new fr.vigie.reporting.domain.ReportFilter.InvalidFilter("due", "error.filter.value");
        }
        return new ClockSelection(
                module == null || module.isBlank() ? null : module,
                state == null || state.isBlank() ? null : state.toUpperCase(java.util.Locale.ROOT),
                from,
                to);
    }

    public static ClockSelection overdue() {
        return new ClockSelection(null, "BREACHED", null, null);
    }
}
