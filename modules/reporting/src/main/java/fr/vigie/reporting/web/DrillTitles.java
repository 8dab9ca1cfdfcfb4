package fr.vigie.reporting.web;

import java.util.ArrayList;
import java.util.List;

/** The heading of a drill-down: what was clicked, in words ({@code dossiers · Plus de 2,5 ans}). */
final class DrillTitles {
    private DrillTitles() {}

    static String clocks(Labels labels, String module, String state, String due) {
        return join(
                module,
                state == null ? null : labels.label("col." + stateKey(state)),
                due == null ? null : labels.label("WEEK".equals(due) ? "col.dueWeek" : "col.dueMonth"));
    }

    static String cases(
            Labels labels, String module, String band, String month, String outcome, String team, String assignee) {
        return join(
                module,
                band == null || band.isBlank() ? null : labels.label("band." + band),
                month,
                outcome == null || outcome.isBlank() ? null : labels.label("col." + outcomeKey(outcome)),
                team,
                assignee);
    }

    static String forecast(String module, String stage) {
        return join(module, stage);
    }

    static String stateKey(String state) {
        return switch (state) {
            case "AT_RISK" -> "atRisk";
            case "BREACHED" -> "breached";
            case "SUSPENDED" -> "suspended";
            default -> "running";
        };
    }

    static String outcomeKey(String outcome) {
        return switch (outcome) {
            case "MET" -> "met";
            case "LATE" -> "late";
            case "NOT_DUE" -> "notDue";
            default -> "overdue";
        };
    }

    /** The values given, blank ones left out, joined by a middle dot. */
    static String join(String... values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                kept.add(v);
            }
        }
        return String.join(" · ", kept);
    }
}
