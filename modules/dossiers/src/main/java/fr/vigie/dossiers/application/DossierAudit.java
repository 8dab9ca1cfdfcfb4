package fr.vigie.dossiers.application;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.platform.api.audit.AuditRecord;

/** Starts an audit record of the dossiers module on a dossier. */
final class DossierAudit {
    private DossierAudit() {}

    static AuditRecord.Builder of(String action, Dossier dossier, String reason) {
        return AuditRecord.of(DossiersModule.NAME, action)
                .onCase(dossier.reference().caseRef())
                .because(reason);
    }
}
