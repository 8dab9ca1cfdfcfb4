package fr.vigie.complaints.application;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may attach and read the documents of complaints: handlers attach and read; managers read.
 * The complainant's letters name them, so no other role reads them.
 */
@ApplicationScoped
public class ComplaintDocuments implements DocumentAccessPolicy {
    @Override
    public String module() {
        return ComplaintsModule.NAME;
    }

    @Override
    public boolean mayAttach(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.COMPLAINT_HANDLER);
    }

    @Override
    public boolean mayRead(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.COMPLAINT_HANDLER) || user.hasRole(Role.MANAGER);
    }
}
