package fr.vigie.platform.organisation.web;

import fr.vigie.platform.organisation.application.OrganisationProfile;
import fr.vigie.platform.organisation.application.OrganisationProfiles;
import fr.vigie.platform.web.LocaleBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The organisation 360° page ({@code /organisations/profile.xhtml?id=}): what the modules the reader
 * may read know of the organisation (ADR 9). Sections the reader may not read are absent.
 */
@Named
@ViewScoped
public class OrganisationProfileBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationProfiles profiles;

    /** The reader's language: the view's own locale is set only when the page renders, after the view action. */
    @Inject
    transient LocaleBean language;

    private Long id;
    private OrganisationProfile profile;

    /** Assembles the profile named by {@code ?id=} (on the first visit of the view). */
    public void load() {
        if (id == null || profile != null) {
            return;
        }
        profile = profiles.profile(id, language.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationProfile getProfile() {
        return profile;
    }
}
