package fr.vigie.committee.application;

import fr.vigie.committee.domain.MajorityRule;
import fr.vigie.committee.domain.VotingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee's rules of deliberation from MicroProfile Config (Liberty variables or environment:
 * {@code VIGIE_COMMITTEE_QUORUM_MINIMUM}, ...), read when the application starts. The defaults
 * are in {@code config/*}/vigie-env.xml and documented in docs/committee.md.
 */
@ApplicationScoped
public class VotingConfiguration {
    @Inject
    @ConfigProperty(name = "vigie.committee.quorum.minimum", defaultValue = "3")
    int minimumPresent;

    @Inject
    @ConfigProperty(name = "vigie.committee.quorum.fraction", defaultValue = "0")
    double fractionOfSeats;

    @Inject
    @ConfigProperty(name = "vigie.committee.majority", defaultValue = "SIMPLE")
    String majority;

    public VotingRules rules() {
        return new VotingRules(
                minimumPresent,
                fractionOfSeats,
                MajorityRule.valueOf(majority.trim().toUpperCase()));
    }
}
