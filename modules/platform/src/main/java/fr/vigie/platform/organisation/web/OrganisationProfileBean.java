package fr.vigie.platform.organisation.web;

import fr.vigie.platform.organisation.application.OrganisationProfile;
import fr.vigie.platform.organisation.application.OrganisationProfiles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

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

    private Long id;
    private OrganisationProfile profile;

    /** Assembles the profile named by {@code ?id=} (on the first visit of the view). */
    public void load() {
        if (id == null || profile != null) {
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        profile = profiles.profile(id, locale == null ? Locale.FRENCH : locale);
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
