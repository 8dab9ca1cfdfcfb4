package fr.vigie.inspections.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * The team the head chooses for an inspection: a lead and at most {@value #MAX_MEMBERS} other
 * members. Separation of duties: nobody who declared an interest in the organisation is on it.
 *
 * @param lead    the lead inspector, trimmed
 * @param members the other members, trimmed, sorted, without the lead
 */
record TeamChoice(String lead, Set<String> members) {
    static final int MAX_MEMBERS = 20;

    TeamChoice {
        members = Set.copyOf(members);
    }

    /**
     * @param declaredInterests usernames of the inspectors who declared an interest in the organisation
     */
    static TeamChoice of(String leadInspector, Set<String> otherMembers, Set<String> declaredInterests) {
        String leadName = leadInspector == null ? "" : leadInspector.strip();
        if (leadName.isEmpty()) {
            throw InspectionException.onField("lead", "team.lead.required");
        }
        Set<String> others = new TreeSet<>();
        for (String member : otherMembers == null ? Set.<String>of() : otherMembers) {
            if (member != null && !member.isBlank() && !member.strip().equals(leadName)) {
                others.add(member.strip());
            }
        }
        if (others.size() > MAX_MEMBERS) {
            throw InspectionException.onField("members", "team.tooLarge", MAX_MEMBERS);
        }
        if (declaredInterests.contains(leadName)) {
            throw InspectionException.onField("lead", "team.interestDeclared", leadName);
        }
        for (String member : others) {
            if (declaredInterests.contains(member)) {
                throw InspectionException.onField("members", "team.interestDeclared", member);
            }
        }
        return new TeamChoice(leadName, others);
    }
}
