package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The platform's legal holds, for modules (an inspection opened on a complaint holds it) and for
 * the administrator's screen. Every hold placed or released is an audit entry on the case, with
 * who and why; the caller's transaction carries both.
 */
@ApplicationScoped
public class LegalHoldRegister implements LegalHolds {
    static final String PLACED = "LEGAL_HOLD_PLACED";
    static final String RELEASED = "LEGAL_HOLD_RELEASED";

    @Inject
    RetentionStore store;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    public void place(CaseRef caseRef, Kind kind, String reason) {
        String why = Reason.require(reason);
        if (store.place(caseRef, kind, why, currentUser.username(), clock.instant())) {
            audit.record(AuditRecord.of(RetentionAudit.MODULE, PLACED)
                    .onCase(caseRef)
                    .because(why)
                    .changed("legalHold", null, kind.name())
                    .build());
        }
    }

    @Override
    public void release(CaseRef caseRef, Kind kind, String reason) {
        String why = Reason.require(reason);
        int released = store.releaseAll(caseRef, kind, why, currentUser.username(), clock.instant());
        if (released > 0) {
            audit.record(AuditRecord.of(RetentionAudit.MODULE, RELEASED)
                    .onCase(caseRef)
                    .because(why)
                    .changed("legalHold", kind.name(), null)
                    .build());
        }
    }

    @Override
    public boolean isHeld(CaseRef caseRef) {
        return store.holdsOf(caseRef).stream().anyMatch(h -> h.active());
    }
}
