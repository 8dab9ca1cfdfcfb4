package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.SessionRef;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;

/**
 * Starts audit records of the committee module that no domain event carries: the roster's acts and
 * the demonstration data. The reviews' and sessions' acts are written by {@link CommitteeEventLog}.
 */
final class CommitteeAudit {
    private CommitteeAudit() {}

    static AuditRecord.Builder of(String action, CommitteeSession session, String reason) {
        return AuditRecord.of(CommitteeSchema.NAME, action)
                .onCase(sessionRef(session))
                .because(reason);
    }

    static AuditRecord.Builder onMember(String action, String username, String reason) {
        return AuditRecord.of(CommitteeSchema.NAME, action)
                .onCase(new CaseRef(CommitteeSchema.NAME, "member-" + username))
                .because(reason);
    }

    static CaseRef sessionRef(CommitteeSession session) {
        return sessionRef(session.ref());
    }

    static CaseRef sessionRef(SessionRef session) {
        return new CaseRef(CommitteeSchema.NAME, session.value());
    }
}
