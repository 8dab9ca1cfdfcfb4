package fr.vigie.complaints.application;

import java.time.LocalDate;
import java.util.Set;

/**
 * The work list's filters; null or empty means "any". {@code text} is a French full-text search
 * over the facts (web-search syntax: words, "phrases", -excluded).
 *
 * @param clockState status of the GDPR Art. 78(2) clock (RUNNING, AT_RISK, BREACHED)
 * @param crossBorderOnly only complaints received as cross-border or qualified cross-border
 */
public record WorklistFilter(
        Set<String> statuses,
        String assignee,
        String organisation,
        String category,
        String priority,
        String clockState,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        String text,
        boolean crossBorderOnly) {

    public WorklistFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Without the cross-border filter. */
    public WorklistFilter(
            Set<String> statuses,
            String assignee,
            String organisation,
            String category,
            String priority,
            String clockState,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            String text) {
        this(statuses, assignee, organisation, category, priority, clockState, receivedFrom, receivedTo, text, false);
    }

    public static WorklistFilter none() {
        return new WorklistFilter(Set.of(), null, null, null, null, null, null, null, null);
    }
}
