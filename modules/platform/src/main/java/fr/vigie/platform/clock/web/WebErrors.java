package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

/**
 * Puts a refusal on the input it concerns. Like the platform's {@code FacesMessages}, but the
 * input is looked for anywhere under a given component (the timeline's dialog sits inside a
 * composite component, whose ids the platform helper cannot guess).
 */
final class WebErrors {
    private WebErrors() {
    }

    static void show(DomainException e, UIComponent container) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = e.localizedMessage(ClockTexts.locale());
        UIComponent input = e.field() == null || container == null ? null : container.findComponent(e.field());
        faces.addMessage(input == null ? null : input.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The form with this id in the view (searched from the root, whatever naming containers surround it). */
    static UIComponent form(String id) {
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(id);
    }
}
