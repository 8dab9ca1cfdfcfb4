package fr.vigie.sanctions.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.sanctions.api.SanctionsModule;

/** Starts an audit record of the sanctions module on a case. */
final class SanctionAudit {
    private SanctionAudit() {}

    static AuditRecord.Builder of(String action, CaseRef caseRef, String reason) {
        return AuditRecord.of(SanctionsModule.NAME, action).onCase(caseRef).because(reason);
    }
}
