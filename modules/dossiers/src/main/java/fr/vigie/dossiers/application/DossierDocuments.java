package fr.vigie.dossiers.application;

import fr.vigie.committee.api.CommitteeDossierAccess;
import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Who may attach and read the documents of dossiers: instructors attach and read; managers and the
 * committee's secretary read; committee members read the documents of the dossiers referred to
 * them (they review the protocol and the ethics assessment), except where they are recused for a
 * declared interest in the applicant — the committee, which knows the roster and the interests,
 * answers that.
 */
@ApplicationScoped
public class DossierDocuments implements DocumentAccessPolicy {
    @Inject
    Instance<CommitteeDossierAccess> committee;

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
        if (user.hasRole(Role.DOSSIER_INSTRUCTOR) || user.hasRole(Role.MANAGER) || user.hasRole(Role.DAC_SECRETARY)) {
            return true;
        }
        boolean member = user.hasRole(Role.DAC_MEMBER) || user.hasRole(Role.DAC_CHAIR);
        return member && committee.isResolvable() && committee.get().mayRead(caseRef, user.username());
    }
}
