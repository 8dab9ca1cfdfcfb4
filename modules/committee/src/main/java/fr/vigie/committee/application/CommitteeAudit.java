package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Review;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.audit.AuditRecord;

/**
 * Starts audit records of the committee module. Acts on a review are recorded on the dossier's
 * case reference (so that the dossier's history shows them); acts on a session on {@code committee:SC-...}.
 */
final class CommitteeAudit {
    private CommitteeAudit() {}

    static AuditRecord.Builder of(String action, Review review, String reason) {
        return AuditRecord.of(CommitteeSchema.NAME, action)
                .onCase(review.dossier())
                .because(reason);
    }

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
        return new CaseRef(CommitteeSchema.NAME, session.reference());
    }
}
