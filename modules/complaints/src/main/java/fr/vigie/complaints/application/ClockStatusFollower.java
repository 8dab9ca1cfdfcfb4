package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Keeps the work list's clock statuses in step when the platform announces a change it made by
 * itself (the status job: a clock becoming at risk or breached as days pass).
 */
@ApplicationScoped
public class ClockStatusFollower {
    @Inject
    ClockStatusUpdates updates;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClockStatusChanged change) {
        if (change.caseRef() != null && change.caseRef().startsWith(ComplaintsModule.NAME + ":")) {
            updates.update(change.clock().value(), change.after().name(), change.dueDate());
        }
    }
}
