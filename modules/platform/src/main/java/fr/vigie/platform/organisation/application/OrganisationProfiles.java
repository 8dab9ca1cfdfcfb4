package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.profile.OrganisationProfileContribution;
import fr.vigie.platform.api.organisation.profile.ProfileEvent;
import fr.vigie.platform.api.organisation.profile.ProfileSection;
import fr.vigie.platform.api.organisation.profile.ProfileSubject;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Assembles an organisation's 360° profile from the modules' {@link OrganisationProfileContribution}s
 * (ADR 9). A contribution whose readers the current user is not among is never called: its section is
 * absent, and none of its queries run.
 */
@ApplicationScoped
public class OrganisationProfiles {
    /** The merged timeline keeps the most recent entries only. */
    static final int TIMELINE_MAX = 100;

    @Inject
    OrganisationQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Instance<OrganisationProfileContribution> contributions;

    /** The profile of directory entry {@code id} for the current user; unknown id: {@code NotFoundException}. */
    public OrganisationProfile profile(long id, Locale locale) {
        OrganisationSummary organisation = queries.view(id).summary();
        return assemble(organisation, contributions, user.roles(), locale);
    }

    /** The assembly itself, apart from CDI: ordering, role filtering, timeline merge. */
    static OrganisationProfile assemble(
            OrganisationSummary organisation,
            Iterable<? extends OrganisationProfileContribution> all,
            Set<Role> roles,
            Locale locale) {
        List<OrganisationProfileContribution> readable = new ArrayList<>();
        for (OrganisationProfileContribution c : all) {
            if (!Collections.disjoint(c.readers(), roles)) {
                readable.add(c);
            }
        }
        readable.sort(Comparator.comparingInt(OrganisationProfileContribution::order)
                .thenComparing(OrganisationProfileContribution::key));
        ProfileSubject subject = new ProfileSubject(organisation.id(), organisation.siren());
        List<ProfileSection> sections = new ArrayList<>();
        List<ProfileEvent> timeline = new ArrayList<>();
        for (OrganisationProfileContribution c : readable) {
            ProfileSection section = c.section(subject, locale);
            sections.add(section);
            timeline.addAll(section.timeline());
        }
        // stable sort: on the same day, entries keep the page order of their sections
        timeline.sort(Comparator.comparing(ProfileEvent::date).reversed());
        return new OrganisationProfile(
                organisation, sections, timeline.subList(0, Math.min(timeline.size(), TIMELINE_MAX)));
    }
}
