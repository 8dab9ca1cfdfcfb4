package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.ConflictException;
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

    public void acknowledge(String reference, long expectedVersion) {
        acts.acknowledge(reference, expectedVersion);
    }

    public void qualify(String reference, long expectedVersion, Qualification qualification, String reason) {
        acts.qualify(reference, expectedVersion, qualification, reason);
    }

    public void assign(String reference, long expectedVersion, String handler, String reason) {
        acts.assign(reference, expectedVersion, handler, reason);
    }

    public void startInstruction(String reference, long expectedVersion) {
        acts.startInstruction(reference, expectedVersion);
    }

    public long sendRequest(String reference, long expectedVersion, String questions) {
        return acts.sendRequest(reference, expectedVersion, questions);
    }

    public void recordAnswer(
            String reference, long expectedVersion, long requestId, LocalDate answeredOn, String summary) {
        acts.recordAnswer(reference, expectedVersion, requestId, answeredOn, summary);
    }

    public void informComplainant(String reference, long expectedVersion, String summary) {
        acts.informComplainant(reference, expectedVersion, summary);
    }

    public void decidePriority(String reference, long expectedVersion, PriorityLevel level, String reason) {
        acts.decidePriority(reference, expectedVersion, level, reason);
    }

    public void close(String reference, long expectedVersion, Outcome outcome, String reason) {
        acts.close(reference, expectedVersion, outcome, reason);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.COMPLAINT_HANDLER})
    public void reopen(String reference, long expectedVersion, String reason) {
        if (!reopenPolicy.allowsCurrentUser()) {
            throw new EJBAccessException(
                    "Reopening a complaint is a supervisor's decision (vigie.complaints.reopen.*)");
        }
        acts.reopen(reference, expectedVersion, reason);
    }
}
