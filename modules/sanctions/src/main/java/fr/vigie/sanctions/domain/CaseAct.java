package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Role;
import java.util.Set;

/** The acts on a sanction case and the roles that do them; the case says which it allows now. */
public enum CaseAct {
    REFER(Role.PRESIDENT),
    APPOINT_RAPPORTEUR(Role.PRESIDENT),
    CHOOSE_SIMPLIFIED(Role.SANCTIONS_CHAIR),
    SWITCH_TO_ORDINARY(Role.SANCTIONS_CHAIR),
    NOTIFY_REPORT(Role.RAPPORTEUR),
    RECORD_REPLY(Role.RAPPORTEUR, Role.SANCTIONS_CHAIR),
    EXTEND_REPLY(Role.SANCTIONS_CHAIR),
    ANSWER(Role.RAPPORTEUR),
    DECLINE_ANSWER(Role.RAPPORTEUR),
    SCHEDULE_HEARING(Role.SANCTIONS_CHAIR),
    HOLD_HEARING(Role.SANCTIONS_CHAIR),
    OPEN_DELIBERATION(Role.SANCTIONS_CHAIR),
    VOTE(Role.SANCTIONS_MEMBER, Role.SANCTIONS_CHAIR),
    ADOPT_DECISION(Role.SANCTIONS_CHAIR),
    DECIDE_ALONE(Role.SANCTIONS_CHAIR),
    NOTIFY_DECISION(Role.SANCTIONS_CHAIR),
    RECORD_APPEAL(Role.SANCTIONS_CHAIR, Role.PRESIDENT),
    RECORD_APPEAL_OUTCOME(Role.SANCTIONS_CHAIR, Role.PRESIDENT),
    PUBLISH(Role.SANCTIONS_CHAIR),
    RECORD_PENALTY(Role.SANCTIONS_CHAIR),
    SHARE_ART60_DRAFT(Role.SANCTIONS_CHAIR),
    RECORD_OBJECTION(Role.SANCTIONS_CHAIR),
    FLAG_ART65(Role.SANCTIONS_CHAIR),
    ADD_TO_FILE(Role.RAPPORTEUR, Role.SANCTIONS_CHAIR, Role.PRESIDENT);

    private final Set<Role> roles;

    CaseAct(Role... roles) {
        this.roles = Set.of(roles);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allowedTo(Set<Role> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
