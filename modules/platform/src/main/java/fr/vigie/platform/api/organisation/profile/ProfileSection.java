package fr.vigie.platform.api.organisation.profile;

import java.util.List;
import java.util.Objects;

/**
 * A module's section of an organisation's profile.
 *
 * @param key      the contribution's key ({@link OrganisationProfileContribution#key()})
 * @param title    the section's title in the reader's language
 * @param figures  counts and totals, in display order
 * @param rows     the most recent cases, at most {@link OrganisationProfileContribution#MAX_ROWS}
 * @param timeline this section's entries of the merged timeline
 */
public record ProfileSection(
        String key, String title, List<ProfileFigure> figures, List<ProfileRow> rows, List<ProfileEvent> timeline) {
    public ProfileSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        rows = List.copyOf(rows);
        timeline = List.copyOf(timeline);
    }
}
