package fr.vigie.platform.api.organisation.profile;

import fr.vigie.platform.api.Role;
import java.util.Locale;
import java.util.Set;

/**
 * Extension point of the organisation 360° page and of {@code GET /api/organisations/{id}/profile}
 * (ADR 9). A business module implements it as an {@code @ApplicationScoped} bean that reads only its
 * own tables and published views; the platform finds every implementation through CDI, so the
 * platform never depends on a business module.
 *
 * <p>The platform calls {@link #section} only for a reader who holds one of {@link #readers()}: a
 * section the reader may not read is absent from the page and from the API, not empty. A module that
 * keeps its own, finer rules (recusal, case teams) applies them inside {@link #section} too.
 */
public interface OrganisationProfileContribution {
    /** At most this many rows per section; the figures count all cases. */
    int MAX_ROWS = 20;

    /** Stable key of the section, e.g. {@code complaints}; the JSON name and the page's element id. */
    String key();

    /** Position on the page: smaller first. */
    int order();

    /** The roles that may read this section. */
    Set<Role> readers();

    /** The section about {@code subject}, in {@code locale}; figures at zero and no rows when nothing matches. */
    ProfileSection section(ProfileSubject subject, Locale locale);
}
