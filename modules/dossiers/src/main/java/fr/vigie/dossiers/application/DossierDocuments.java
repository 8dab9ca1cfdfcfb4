package fr.vigie.dossiers.application;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may attach and read the documents of dossiers: instructors attach and read; managers and the
 * data-access committee (members review the protocol and the ethics assessment) read.
 */
@ApplicationScoped
public class DossierDocuments implements DocumentAccessPolicy {
    @Override
    public String module() {
        return DossiersModule.NAME;
    }

    @Override
    public boolean mayAttach(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.DOSSIER_INSTRUCTOR);
    }

    @Override
    public boolean mayRead(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.DOSSIER_INSTRUCTOR) || user.hasRole(Role.MANAGER) || user.hasRole(Role.DAC_MEMBER)
                || user.hasRole(Role.DAC_CHAIR) || user.hasRole(Role.DAC_SECRETARY);
    }
}
