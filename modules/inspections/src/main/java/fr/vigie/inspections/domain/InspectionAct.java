package fr.vigie.inspections.domain;

import fr.vigie.platform.api.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The acts a person may do on an inspection, each with the roles that may do it. Which ones the
 * inspection allows now is {@link Inspection#availableActs()}; pages and the API never decide it.
 */
public enum InspectionAct {
    PREPARE(Role.HEAD_OF_INSPECTIONS),
    SIGN_MISSION_ORDER(Role.PRESIDENT),
    CONDUCT(Role.INSPECTOR),
    WRITE_MINUTES(Role.INSPECTOR),
    ADD_FINDING(Role.INSPECTOR),
    REMOVE_FINDING(Role.INSPECTOR),
    ATTACH_EVIDENCE(Role.INSPECTOR),
    NOTIFY_MINUTES(Role.INSPECTOR),
    ADD_ADDENDUM(Role.INSPECTOR),
    RECORD_OBSERVATIONS(Role.INSPECTOR, Role.HEAD_OF_INSPECTIONS),
    RECORD_PERIOD_ELAPSED(Role.HEAD_OF_INSPECTIONS),
    CLOSE(Role.HEAD_OF_INSPECTIONS);

    private final Set<Role> roles;

    InspectionAct(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allowedTo(Set<Role> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
