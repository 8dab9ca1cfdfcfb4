package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The handler's use cases on one complaint. Each names the version of the complaint the person
 * saw (a concurrent change is a {@link ConflictException}, nothing is written), audits what
 * changed with the reason, and keeps the clocks in step: the acknowledgement clock is met by the
 * acknowledgement; the GDPR Art. 78(2) clock is met by each information of the complainant, which
 * starts the next period, and by the closure letter; a request's answer clock by its answer.
 */
@Stateless
@RolesAllowed(Roles.COMPLAINT_HANDLER)
public class ComplaintHandling {
    @Inject
    ComplaintActs acts;

    @Inject
    ReopenPolicy reopenPolicy;

    public void acknowledge(ComplaintReference reference, long expectedVersion) {
        acts.acknowledge(reference, expectedVersion);
    }

    public void qualify(
            ComplaintReference reference, long expectedVersion, Qualification qualification, Reason reason) {
        acts.qualify(reference, expectedVersion, qualification, reason);
    }

    public void assign(ComplaintReference reference, long expectedVersion, String handler, Reason reason) {
        acts.assign(reference, expectedVersion, handler, reason);
    }

    public void startInstruction(ComplaintReference reference, long expectedVersion) {
        acts.startInstruction(reference, expectedVersion);
    }

    public long sendRequest(ComplaintReference reference, long expectedVersion, String questions) {
        return acts.sendRequest(reference, expectedVersion, questions);
    }

    public void recordAnswer(
            ComplaintReference reference, long expectedVersion, long requestId, LocalDate answeredOn, String summary) {
        acts.recordAnswer(reference, expectedVersion, requestId, answeredOn, summary);
    }

    public void informComplainant(ComplaintReference reference, long expectedVersion, String summary) {
        acts.informComplainant(reference, expectedVersion, summary);
    }

    public void decidePriority(ComplaintReference reference, long expectedVersion, PriorityLevel level, Reason reason) {
        acts.decidePriority(reference, expectedVersion, level, reason);
    }

    public void close(ComplaintReference reference, long expectedVersion, Outcome outcome, Reason reason) {
        acts.close(reference, expectedVersion, outcome, reason);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COMPLAINT_HANDLER})
    public void reopen(ComplaintReference reference, long expectedVersion, Reason reason) {
        if (!reopenPolicy.allowsCurrentUser()) {
            throw new EJBAccessException(
                    "Reopening a complaint is a supervisor's decision (vigie.complaints.reopen.*)");
        }
        acts.reopen(reference, expectedVersion, reason);
    }
}
