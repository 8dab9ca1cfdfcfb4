package fr.vigie.platform.api.retention;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The closed cases one line of the schedule reaches: of this type and outcome, closed before the
 * cutoff, and not under a legal hold.
 *
 * @param caseType a {@link RetainedCaseType#code()} of the module
 * @param outcome one of that type's outcomes
 * @param closedBefore cases closed strictly before this day are due
 * @param heldReferences the module's references (without module prefix) under a legal hold, left untouched
 */
public record RetentionSelection(String caseType, String outcome, LocalDate closedBefore, Set<String> heldReferences) {
    public RetentionSelection {
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(closedBefore, "closedBefore");
        heldReferences = Set.copyOf(heldReferences);
    }
}
