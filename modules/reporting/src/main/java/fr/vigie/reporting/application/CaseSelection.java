package fr.vigie.reporting.application;

import fr.vigie.reporting.domain.AgeBand;
import java.time.LocalDate;

/**
 * Which cases a drill-down lists: a module, open ones only, an age band, a month of receipt, a
 * target outcome ({@code MET}, {@code LATE}, {@code OVERDUE}, {@code NOT_DUE}), a team, a person
 * assigned; null = any.
 */
public record CaseSelection(
        String module,
        boolean openOnly,
        AgeBand band,
        LocalDate openedMonth,
        String outcome,
        String team,
        String assignee) {
    public static final java.util.Set<String> OUTCOMES = java.util.Set.of("MET", "LATE", "OVERDUE", "NOT_DUE");

    public CaseSelection {
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new fr.vigie.reporting.domain.ReportFilter.InvalidFilter("outcome", "error.filter.value");
        }
    }
}
