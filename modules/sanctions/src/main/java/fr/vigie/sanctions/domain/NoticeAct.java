package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Role;
import java.util.Set;

/** The acts on a formal notice and who may do them; a notice says which it allows now. */
public enum NoticeAct {
    EDIT(Role.PRESIDENT),
    SIGN(Role.PRESIDENT),
    EXTEND(Role.PRESIDENT),
    MAKE_PUBLIC(Role.PRESIDENT),
    CLOSE_COMPLIED(Role.PRESIDENT),
    FIND_NOT_COMPLIED(Role.PRESIDENT);

    private final Set<Role> roles;

    NoticeAct(Role... roles) {
        this.roles = Set.of(roles);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allowedTo(Set<Role> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
