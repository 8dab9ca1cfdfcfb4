package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.RiskRules;
import fr.vigie.platform.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Candidate organisations for the programme, ranked by the explainable risk score ({@link RiskRules}).
 * Weights from MicroProfile Config, with the defaults of {@link RiskRules#DEFAULTS}:
 * {@code vigie.inspections.risk.window-months} (24), {@code .complaint} (2), {@code .complaint-cap} (20),
 * {@code .art78} (3), {@code .breach} (5), {@code .sensitive} (5), {@code .minors} (5),
 * {@code .serious-finding} (4), {@code .follow-up} (6), {@code .sanction} (8).
 */
@Stateless
@RolesAllowed(Roles.HEAD_OF_INSPECTIONS)
public class RiskRanking {
    @Inject
    RiskFactSource facts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.window-months", defaultValue = "24")
    int windowMonths;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.complaint", defaultValue = "2")
    int perComplaint;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.complaint-cap", defaultValue = "20")
    int complaintCap;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.art78", defaultValue = "3")
    int perArt78;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.breach", defaultValue = "5")
    int perBreach;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.sensitive", defaultValue = "5")
    int sensitive;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.minors", defaultValue = "5")
    int minors;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.serious-finding", defaultValue = "4")
    int perSeriousFinding;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.follow-up", defaultValue = "6")
    int perFollowUp;

    @Inject
    @ConfigProperty(name = "vigie.inspections.risk.sanction", defaultValue = "8")
    int perSanction;

    public RiskRules rules() {
        return new RiskRules(
                perComplaint,
                complaintCap,
                perArt78,
                perBreach,
                sensitive,
                minors,
                perSeriousFinding,
                perFollowUp,
                perSanction);
    }

    /** The score of one organisation of the directory (its id and SIREN), with its reasons; empty when nothing is known of it. */
    public Optional<RiskRules.Score> of(long directoryId, String siren) {
        RiskRules rules = rules();
        LocalDate since = LocalDate.now(clock).minusMonths(windowMonths);
        return facts.of(rules, since, directoryId, siren).map(rules::score);
    }

    public List<RiskRules.Score> top(int max) {
        RiskRules rules = rules();
        LocalDate since = LocalDate.now(clock).minusMonths(windowMonths);
        return facts.top(rules, since, Math.max(1, Math.min(max, 500))).stream()
                .map(rules::score)
                .toList();
    }
}
