package fr.vigie.platform.clock.persistence;

import fr.vigie.platform.clock.domain.ClockStatus;
import java.time.LocalDate;

/**
 * A clock whose stored status or due date a batch changed.
 *
 * @param clockId    the clock
 * @param caseRef    its case
 * @param owner      its owner (to notify)
 * @param policyCode its policy
 * @param before     the status before
 * @param after      the status after
 * @param dueBefore  the due date before
 * @param dueAfter   the due date after
 */
public record StatusChange(
        long clockId,
        String caseRef,
        String owner,
        String policyCode,
        ClockStatus before,
        ClockStatus after,
        LocalDate dueBefore,
        LocalDate dueAfter) {

    public boolean statusChanged() {
        return before != after;
    }
}
