package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.api.notification.Notifier;
import fr.vigie.platform.clock.persistence.StatusBatches;
import fr.vigie.platform.clock.persistence.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What follows a change of a clock's status, whatever caused it: the {@link ClockStatusChanged}
 * event for other modules, and a notification to the owner when the clock becomes at risk or
 * breached. Runs in the caller's transaction, so nothing is announced for a change rolled back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClockNotices {
    public static final String MODULE = "platform";
    static final String AT_RISK_KEY = "clock.notification.atRisk";
    static final String BREACHED_KEY = "clock.notification.breached";

    @Inject
    Notifier notifier;

    @Inject
    Event<ClockStatusChanged> statusChanged;

    @Inject
    AuditTrail audit;

    /**
     * Audits a batch of changes (status job, calendar change) with one entry that names the
     * batch and counts its changes by transition (the list is in the batch's log, see
     * {@code GET /api/clocks/status-batches/{id}}), and publishes the event of each status
     * change. The owners' notifications were written with the changes themselves.
     */
    public void batchChanged(
            long batchId,
            StatusBatches.Cause cause,
            LocalDate day,
            String action,
            String reason,
            List<StatusChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        AuditRecord.Builder record = AuditRecord.of(MODULE, action)
                .onCase(batchRef(batchId))
                .because(reason)
                .changed("batch", null, batchId)
                .changed("cause", null, cause)
                .changed("day", null, day)
                .changed("clocks", null, changes.size());
        Map<String, Long> transitions = changes.stream()
                .collect(Collectors.groupingBy(
                        change -> change.before() + " -> " + change.after(), TreeMap::new, Collectors.counting()));
        transitions.forEach((transition, count) -> record.changed(transition, null, count));
        long dueDatesMoved = changes.stream()
                .filter(change -> !change.dueBefore().equals(change.dueAfter()))
                .count();
        if (dueDatesMoved > 0) {
            record.changed("dueDatesMoved", null, dueDatesMoved);
        }
        audit.record(record.build());
        for (StatusChange change : changes) {
            publish(change);
        }
    }

    /** The audit trail's "case" of a batch of changes. */
    public static CaseRef batchRef(long batchId) {
        return new CaseRef(MODULE, "clock-batch-" + batchId);
    }

    /** Announces the status change of one clock (the audit record is the caller's). */
    public void announce(StatusChange change) {
        if (!change.statusChanged()) {
            return;
        }
        publish(change);
        ClockState after = ClockState.valueOf(change.after().name());
        if (after.needsAttention()) {
            notifier.notify(
                    change.owner(),
                    after == ClockState.AT_RISK ? AT_RISK_KEY : BREACHED_KEY,
                    CaseRef.parse(change.caseRef()),
                    linkTo(change.caseRef()),
                    change.policyCode(),
                    change.dueAfter().toString());
        }
    }

    private void publish(StatusChange change) {
        if (change.statusChanged()) {
            statusChanged.fire(new ClockStatusChanged(
                    ClockId.of(change.clockId()),
                    change.caseRef(),
                    change.policyCode(),
                    change.owner(),
                    ClockState.valueOf(change.before().name()),
                    ClockState.valueOf(change.after().name()),
                    change.dueAfter()));
        }
    }

    /** The page showing a case's clocks (the batches write the same link in SQL: see {@link StatusBatches#NOTIFY}). */
    public static String linkTo(String caseRef) {
        return "/clocks/case.xhtml?caseRef=" + URLEncoder.encode(caseRef, StandardCharsets.UTF_8);
    }
}
