package fr.vigie.sanctions.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.sanctions.domain.DutyRefused;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Audits a separation-of-duties refusal in its own transaction: the refused act rolls back, the
 * record that someone tried it must not.
 */
@Stateless
@PermitAll
public class RefusalLog {
    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(CaseRef caseRef, String act, DutyRefused refusal) {
        audit.record(SanctionAudit.of("SANCTION_DUTY_REFUSED", caseRef, refusal.getMessage())
                .changed("act", null, act)
                .changed("person", null, refusal.person())
                .build());
    }
}
