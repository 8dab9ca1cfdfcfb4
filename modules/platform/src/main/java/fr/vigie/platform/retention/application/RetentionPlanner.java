package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.retention.PersonalDataHolder;
import fr.vigie.platform.api.retention.RetentionSelection;
import fr.vigie.platform.api.retention.RetentionStep;
import fr.vigie.platform.retention.domain.RetentionRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The dry run: what the next run of the retention task would do, line by line, changing nothing. */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
public class RetentionPlanner {
    @Inject
    RetentionSchedule schedule;

    @Inject
    RetentionStore store;

    @Inject
    Clock clock;

    public List<PlanLine> plan() {
        LocalDate today = LocalDate.now(clock);
        List<PlanLine> lines = new ArrayList<>();
        List<RetentionRule> rules = schedule.rules();
        for (PersonalDataHolder holder : schedule.holders()) {
            Set<String> held = store.heldReferences(holder.module());
            for (RetentionRule rule : rules) {
                if (!rule.module().equals(holder.module())) {
                    continue;
                }
                for (RetentionStep step : RetentionStep.values()) {
                    LocalDate closedBefore = rule.closedBefore(step, today);
                    long due = holder.countDue(
                            step, new RetentionSelection(rule.caseType(), rule.outcome(), closedBefore, held));
                    lines.add(new PlanLine(holder.module(), rule.caseType(), rule.outcome(), step, closedBefore, due));
                }
            }
        }
        return lines;
    }
}
