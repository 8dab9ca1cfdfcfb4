package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.domain.Complaint;
import fr.vigie.platform.api.audit.AuditRecord;

/** Starts an audit record of the complaints module on a complaint. */
final class ComplaintAudit {
    private ComplaintAudit() {}

    static AuditRecord.Builder of(String action, Complaint complaint, String reason) {
        return AuditRecord.of(ComplaintsModule.NAME, action)
                .onCase(complaint.reference().caseRef())
                .because(reason);
    }
}
