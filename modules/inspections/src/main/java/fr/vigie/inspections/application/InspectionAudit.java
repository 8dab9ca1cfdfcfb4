package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.platform.api.audit.AuditRecord;

/** Starts an audit record of the inspections module on an inspection. */
final class InspectionAudit {
    private InspectionAudit() {}

    static AuditRecord.Builder of(String action, Inspection inspection, String reason) {
        return AuditRecord.of(InspectionsModule.NAME, action)
                .onCase(inspection.reference().caseRef())
                .because(reason);
    }
}
