package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.profile.ProfileEvent;
import fr.vigie.platform.api.organisation.profile.ProfileSection;
import java.util.List;

/**
 * An organisation's 360° profile as one reader may see it: its identity, the sections of the modules
 * the reader may read (in page order) and their merged timeline, most recent first.
 */
public record OrganisationProfile(
        OrganisationSummary organisation, List<ProfileSection> sections, List<ProfileEvent> timeline) {
    public OrganisationProfile {
        sections = List.copyOf(sections);
        timeline = List.copyOf(timeline);
    }
}
