package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionTeams;
import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.platform.api.CaseRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Who inspected, for the sanctions module (which refuses them as rapporteur or judge). Called by
 * other modules' use cases with their own roles, so no role check here; it reveals usernames only.
 */
@ApplicationScoped
public class Teams implements InspectionTeams {
    @Inject
    InspectionLists lists;

    @Override
    public Set<String> inspectorsOf(CaseRef inspection) {
        if (inspection == null
                || !InspectionsModule.NAME.equals(inspection.module())
                || !inspection.reference().matches(InspectionReference.PATTERN)) {
            return Set.of();
        }
        return lists.teamOf(inspection.reference());
    }
}
