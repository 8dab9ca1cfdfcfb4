package fr.vigie.crossborder.application;

import fr.vigie.crossborder.domain.ClockEnd;
import fr.vigie.crossborder.domain.ClockExtension;
import fr.vigie.crossborder.domain.ClockRequest;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.CrossBorderRules;
import fr.vigie.platform.api.clock.LegalClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where cross-border cases meet the platform's legal clocks: it ends, then starts, the
 * clocks the case's acts asked for (ends first, so that a second revised draft's new two weeks are
 * not stopped with the first's). The policies are those {@link CrossBorderRules} chose by the case's
 * opening date; the platform refuses the Regulation's on an older case, so a mistake cannot apply them.
 */
@ApplicationScoped
public class CrossBorderClocks {
    /** The investigation deadlines whose due date the case keeps for its reporting view. */
    static final Set<String> INVESTIGATION =
            Set.of(CrossBorderRules.INVESTIGATION, CrossBorderRules.SIMPLE_COOPERATION_INVESTIGATION);

    @Inject
    LegalClocks clocks;

    /** Applies what the acts since the last call asked for; {@code owner} is warned of risks and breaches. */
    void apply(CrossBorderCase c, String owner, String reason) {
        CaseRef ref = c.id().caseRef();
        List<ClockEnd> ends = c.takeClockEnds();
        if (!ends.isEmpty()) {
            List<ClockView> existing = clocks.clocksOf(ref);
            for (ClockEnd end : ends) {
                for (ClockView clock : existing) {
                    if (clock.isOpen() && clock.policyCode().equals(end.policyCode())) {
                        ClockView now = clocks.clock(clock.id());
                        if (!now.isOpen()) {
                            continue;
                        }
                        // The platform keeps why a clock ended: the act's reason, else the act itself.
                        String why = reason != null
                                ? reason
                                : (end.met() ? "Acte attendu accompli" : "Délai sans objet") + " : acte du " + end.on()
                                        + " sur le dossier " + ref;
                        if (end.met()) {
                            clocks.meet(now.id(), now.version(), end.on(), why);
                        } else {
                            clocks.stop(now.id(), now.version(), end.on(), why);
                        }
                    }
                }
            }
        }
        for (ClockExtension extension : c.takeClockExtensions()) {
            for (ClockView clock : clocks.clocksOf(ref)) {
                if (clock.isOpen() && clock.policyCode().equals(extension.policyCode())) {
                    clocks.extend(clock.id(), clock.version(), extension.months(), "months", reason);
                    LocalDate due = clocks.clock(clock.id()).dueDate();
                    if (INVESTIGATION.contains(extension.policyCode())) {
                        c.investigationDueOn(due);
                    }
                }
            }
        }
        // Due dates of the clocks this call started, for a period that runs from the end of another.
        Map<String, LocalDate> lastDays = new HashMap<>();
        for (ClockRequest request : c.takeClockRequests()) {
            LocalDate startEvent =
                    request.afterPeriodOf() == null ? request.startEvent() : lastDays.get(request.afterPeriodOf());
            if (startEvent == null) {
                continue; // the period it follows was not started: nothing to count from
            }
            ClockView started = clocks.clock(clocks.start(ref, request.policyCode(), startEvent, owner));
            lastDays.put(request.policyCode(), started.dueDate());
            if (INVESTIGATION.contains(request.policyCode())) {
                c.investigationDueOn(started.dueDate());
            }
        }
    }

    /** The clocks of a case, oldest first. */
    public List<ClockView> of(CaseRef ref) {
        return clocks.clocksOf(ref);
    }
}
