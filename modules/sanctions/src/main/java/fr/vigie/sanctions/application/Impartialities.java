package fr.vigie.sanctions.application;

import fr.vigie.inspections.api.InspectionTeams;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.Impartiality;
import fr.vigie.sanctions.domain.SanctionCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Who may not instruct or judge a case: the inspectors of its originating inspection (asked of the
 * inspections module when it is deployed, plus the team the event carried) and the members who
 * declared an interest in the organisation or its group.
 */
@ApplicationScoped
public class Impartialities {
    @Inject
    Instance<InspectionTeams> teams;

    @Inject
    CaseRepository cases;

    Impartiality of(SanctionCase c) {
        Set<String> inspectors = new HashSet<>(c.inspectors());
        if (c.origin().inspection() != null && teams.isResolvable()) {
            inspectors.addAll(teams.get().inspectorsOf(c.origin().inspection()));
        }
        return new Impartiality(
                inspectors, cases.interestedIn(c.organisationId().orElse(null), c.undertaking()));
    }
}
