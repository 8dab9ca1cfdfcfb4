package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.RiskRules;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.organisation.profile.OrganisationProfileContribution;
import fr.vigie.platform.api.organisation.profile.ProfileFigure;
import fr.vigie.platform.api.organisation.profile.ProfileSection;
import fr.vigie.platform.api.organisation.profile.ProfileSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The inspection risk score of the organisation on its 360° page (ADR 9), with its reasons, exactly
 * as the programme's ranking computes it ({@link RiskRanking}, same weights and window). Read by the
 * head of inspections only, like the ranking: the score only proposes.
 */
@ApplicationScoped
public class RiskProfileContribution implements OrganisationProfileContribution {
    private static final String BUNDLE = "fr.vigie.inspections.i18n.messages";

    @Inject
    RiskRanking ranking;

    @Override
    public String key() {
        return "risk";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(Role.HEAD_OF_INSPECTIONS);
    }

    @Override
    public ProfileSection section(ProfileSubject subject, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<ProfileFigure> figures = new ArrayList<>();
        RiskRules.Score score = subject.hasSiren()
                ? ranking.of(subject.directoryId(), subject.siren()).orElse(null)
                : null;
        figures.add(ProfileFigure.count("score", texts.getString("risk.score"), score == null ? 0 : score.total()));
        if (score != null) {
            for (RiskRules.Reason reason : score.reasons()) {
                figures.add(new ProfileFigure(
                        "reason." + reason.rule(),
                        texts.getString("risk.rule." + reason.rule())
                                .replace("{0}", Long.toString(reason.points()))
                                .replace("{1}", Long.toString(reason.count())),
                        "+" + reason.points()));
            }
        }
        return new ProfileSection(key(), texts.getString("profile.risk"), figures, List.of(), List.of());
    }
}
