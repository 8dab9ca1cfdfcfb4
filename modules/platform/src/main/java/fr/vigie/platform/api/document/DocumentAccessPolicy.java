package fr.vigie.platform.api.document;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.security.CurrentUser;

/**
 * Who may attach and read documents of one module's cases. Each module publishes one CDI bean;
 * where no policy answers for a module, only the uploader and administrators may read.
 */
public interface DocumentAccessPolicy {
    String module();

    boolean mayAttach(CaseRef caseRef, CurrentUser user);

    boolean mayRead(CaseRef caseRef, CurrentUser user);
}
