package fr.vigie.platform.retention.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.retention.domain.LegalHold;
import fr.vigie.platform.retention.domain.RetentionRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The administrator's side of the schedule: its lines, changed with a reason (audited, the periods
 * before and after); legal holds placed and released; a run started now. Auditors read.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class RetentionAdministration {
    @Inject
    RetentionSchedule schedule;

    @Inject
    RetentionStore store;

    @Inject
    LegalHoldRegister holds;

    @Inject
    RetentionTask task;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    public List<RetentionRule> rules() {
        return schedule.rules();
    }

    /**
     * @param expectedVersion the line's version as the administrator saw it
     */
    public RetentionRule revise(
            String module,
            String caseType,
            String outcome,
            long expectedVersion,
            int pseudonymiseAfterMonths,
            int deleteFileAfterMonths,
            String reason) {
        String why = Reason.require(reason);
        RetentionRule current = schedule.rule(module, caseType, outcome);
        if (current.version() != expectedVersion) {
            throw new fr.vigie.platform.api.ConflictException(caseType + " / " + outcome);
        }
        RetentionRule revised = current.revise(pseudonymiseAfterMonths, deleteFileAfterMonths, currentUser.username());
        store.save(revised, clock.instant());
        audit.record(AuditRecord.of(RetentionAudit.MODULE, RetentionAudit.RULE_CHANGED)
                .because(why)
                .changed("line", null, module + " / " + caseType + " / " + outcome)
                .changed(
                        "pseudonymiseAfterMonths", current.pseudonymiseAfterMonths(), revised.pseudonymiseAfterMonths())
                .changed("deleteFileAfterMonths", current.deleteFileAfterMonths(), revised.deleteFileAfterMonths())
                .build());
        return revised;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    public List<LegalHold> activeHolds() {
        return store.activeHolds();
    }

    /** Places a hold on a case given as {@code module:reference}; the module must hold personal data. */
    public void placeHold(String caseRefText, LegalHolds.Kind kind, String reason) {
        CaseRef caseRef = CaseRef.parse(caseRefText == null ? null : caseRefText.trim());
        if (schedule.holder(caseRef.module()).isEmpty()) {
            throw DomainException.onField("caseRef", "error.retention.unknownModule", caseRef.module());
        }
        if (kind == null) {
            throw DomainException.onField("kind", "error.retention.holdKind");
        }
        Reason.require(reason);
        if (store.holdsOf(caseRef).stream().anyMatch(h -> h.active() && h.kind() == kind)) {
            throw DomainException.onField("kind", "error.retention.alreadyHeld", caseRef.toString());
        }
        holds.place(caseRef, kind, reason);
    }

    public void releaseHold(long id, long expectedVersion, String reason) {
        String why = Reason.require(reason);
        LegalHold hold = store.hold(id).orElseThrow(() -> new NotFoundException("legal hold", id));
        store.release(id, expectedVersion, why, currentUser.username(), clock.instant());
        audit.record(AuditRecord.of(RetentionAudit.MODULE, LegalHoldRegister.RELEASED)
                .onCase(hold.caseRef())
                .because(why)
                .changed("legalHold", hold.kind().name(), null)
                .build());
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.AUDITOR})
    public List<RetentionRunView> runs() {
        return store.runs(10);
    }

    /**
     * Applies the schedule now (as the system, in batches of their own transactions); the request is
     * audited under the person's name. Outside any transaction: a caller's transaction would hold the
     * audit trail's chain lock from the request's entry, and the batches' entries would wait for it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RetentionTask.RunReport runNow(String reason) {
        return task.runRequested(Reason.require(reason));
    }
}
