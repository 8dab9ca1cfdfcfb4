package fr.vigie.sanctions.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.document.DocumentAccessPolicy;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.sanctions.api.SanctionsModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may attach and read the documents of formal notices and sanction cases (letters, reports,
 * minutes, decisions): the president, rapporteurs and the committee attach and read; managers read.
 */
@ApplicationScoped
public class SanctionDocuments implements DocumentAccessPolicy {
    private static final Set<Role> ATTACH = EnumSet.of(Role.PRESIDENT, Role.RAPPORTEUR, Role.SANCTIONS_CHAIR);
    private static final Set<Role> READ =
            EnumSet.of(Role.PRESIDENT, Role.RAPPORTEUR, Role.SANCTIONS_CHAIR, Role.SANCTIONS_MEMBER, Role.MANAGER);

    @Override
    public String module() {
        return SanctionsModule.NAME;
    }

    @Override
    public boolean mayAttach(CaseRef caseRef, CurrentUser user) {
        return user.roles().stream().anyMatch(ATTACH::contains);
    }

    @Override
    public boolean mayRead(CaseRef caseRef, CurrentUser user) {
        return user.roles().stream().anyMatch(READ::contains);
    }
}
