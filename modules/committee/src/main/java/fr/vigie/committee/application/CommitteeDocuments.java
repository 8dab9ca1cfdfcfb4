package fr.vigie.committee.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may read the committee's own documents (the minutes of sessions, {@code committee:SC-...}):
 * the committee's members, chair and secretary, and managers; only the secretary attaches.
 */
@ApplicationScoped
public class CommitteeDocuments implements DocumentAccessPolicy {
    @Override
    public String module() {
        return CommitteeSchema.NAME;
    }

    @Override
    public boolean mayAttach(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.DAC_SECRETARY);
    }

    @Override
    public boolean mayRead(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.DAC_MEMBER)
                || user.hasRole(Role.DAC_CHAIR)
                || user.hasRole(Role.DAC_SECRETARY)
                || user.hasRole(Role.MANAGER);
    }
}
