package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.retention.RetentionStep;
import java.time.LocalDate;

/** What the next run would do for one line of the schedule and one step (the dry run). */
public record PlanLine(
        String module, String caseType, String outcome, RetentionStep step, LocalDate closedBefore, long due) {}
