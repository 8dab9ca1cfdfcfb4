package fr.vigie.inspections.api;

import fr.vigie.platform.api.CaseRef;
import java.util.Set;

/**
 * Who inspected: implemented by the inspections module as an {@code @ApplicationScoped} bean, so
 * that the sanctions module can refuse an inspector of the originating inspection as rapporteur or
 * judge even for a case opened before this rule existed or by hand.
 */
public interface InspectionTeams {
    /** Usernames of the lead inspector and the members of the inspection's team (empty when unknown). */
    Set<String> inspectorsOf(CaseRef inspection);
}
