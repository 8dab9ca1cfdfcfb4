package fr.vigie.crossborder.application;

import fr.vigie.crossborder.api.CrossBorderModule;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may file and read the documents of cross-border cases (both versions): the roles that act on
 * the cases file them; they and managers read them. Which version went to whom is the case's record
 * ({@link fr.vigie.crossborder.domain.Transmission}).
 */
@ApplicationScoped
public class CrossBorderDocuments implements DocumentAccessPolicy {
    @Override
    public String module() {
        return CrossBorderModule.NAME;
    }

    @Override
    public boolean mayAttach(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.COMPLAINT_HANDLER) || user.hasRole(Role.RAPPORTEUR) || user.hasRole(Role.PRESIDENT);
    }

    @Override
    public boolean mayRead(CaseRef caseRef, CurrentUser user) {
        return mayAttach(caseRef, user) || user.hasRole(Role.MANAGER);
    }
}
