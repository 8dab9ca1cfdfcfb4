package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockState;
import fr.vigie.platform.api.clock.ClockStatusChanged;
import fr.vigie.platform.api.notification.Notifier;
import fr.vigie.platform.clock.persistence.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

    /** Announces a change made by a batch (status job or calendar change), with its audit record. */
    public void changedByBatch(StatusChange change, String action, String reason) {
        audit.record(AuditRecord.of(MODULE, action).onCase(CaseRef.parse(change.caseRef())).because(reason)
                .changed("clock", null, change.clockId())
                .changed("status", change.before(), change.after())
                .changed("dueDate", change.dueBefore(), change.dueAfter())
                .build());
        announce(change);
    }

    /** Announces the status change of one clock (the audit record is the caller's). */
    public void announce(StatusChange change) {
        if (!change.statusChanged()) {
            return;
        }
        ClockState after = ClockState.valueOf(change.after().name());
        statusChanged.fire(new ClockStatusChanged(ClockId.of(change.clockId()), change.caseRef(), change.policyCode(),
                change.owner(), ClockState.valueOf(change.before().name()), after, change.dueAfter()));
        if (after.needsAttention()) {
            notifier.notify(change.owner(), after == ClockState.AT_RISK ? AT_RISK_KEY : BREACHED_KEY,
                    CaseRef.parse(change.caseRef()), linkTo(change.caseRef()), change.policyCode(),
                    change.dueAfter().toString());
        }
    }

    /** The page showing a case's clocks. */
    public static String linkTo(String caseRef) {
        return "/clocks/case.xhtml?caseRef=" + URLEncoder.encode(caseRef, StandardCharsets.UTF_8);
    }
}
