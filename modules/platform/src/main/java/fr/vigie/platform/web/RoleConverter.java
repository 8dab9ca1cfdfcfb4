package fr.vigie.platform.web;

import fr.vigie.platform.api.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Converts roles for multi-select inputs: Faces cannot infer an enum converter for the elements of
 * a collection (generics are erased), so pages name this converter explicitly ({@code converter="vigieRole"}).
 */
@FacesConverter("vigieRole")
public class RoleConverter implements Converter<Role> {
    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(FacesMessages.text("validation.unknownRole"), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
