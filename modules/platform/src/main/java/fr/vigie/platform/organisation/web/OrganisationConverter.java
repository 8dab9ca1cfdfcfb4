package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Turns the organisation picker's suggestions into their directory id in the page and back. Lenient
 * on purpose: the picker is an aid beside the form's own fields, so a text that names no organisation
 * (typed without choosing, or an organisation removed meanwhile) is "nothing chosen", never an error
 * that would stop the form from being saved.
 */
@Named
@ApplicationScoped
public class OrganisationConverter implements Converter<OrganisationSummary> {
    @Inject
    OrganisationDirectory directory;

    @Override
    public OrganisationSummary getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = idOf(value);
        return id == null ? null : directory.find(id).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationSummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }

    static Long idOf(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }
}
