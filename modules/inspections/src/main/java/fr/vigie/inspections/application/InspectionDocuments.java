package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may attach and read the documents of inspections: inspectors and the head attach (evidence,
 * observations; the system in its demo-data task); they, the president (who signs the mission orders) and managers read.
 */
@ApplicationScoped
public class InspectionDocuments implements DocumentAccessPolicy {
    @Override
    public String module() {
        return InspectionsModule.NAME;
    }

    @Override
    public boolean mayAttach(CaseRef caseRef, CurrentUser user) {
        // The system attaches only inside its own tasks (demo data): no person acts as "system".
        return user.hasRole(Role.INSPECTOR)
                || user.hasRole(Role.HEAD_OF_INSPECTIONS)
                || SystemTasks.SYSTEM_USERNAME.equals(user.username());
    }

    @Override
    public boolean mayRead(CaseRef caseRef, CurrentUser user) {
        return user.hasRole(Role.INSPECTOR)
                || user.hasRole(Role.HEAD_OF_INSPECTIONS)
                || user.hasRole(Role.PRESIDENT)
                || user.hasRole(Role.MANAGER);
    }
}
