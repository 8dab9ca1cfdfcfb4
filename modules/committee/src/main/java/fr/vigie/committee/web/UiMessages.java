package fr.vigie.committee.web;

import fr.vigie.platform.api.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts translated messages on the committee pages. A refusal naming a field lands on the input
 * of that id inside the given form; others are global. Validation is marked failed so that
 * dialogs stay open and keep what the user typed.
 */
final class UiMessages {
    static final String BUNDLE = "fr.vigie.committee.i18n.messages";

    private UiMessages() {
    }

    static void refused(DomainException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = e.localizedMessage(locale());
        String clientId = null;
        if (e.field() != null && formId != null) {
            UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + e.field());
            clientId = input == null ? null : input.getClientId(faces);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale(), UiMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.FRENCH;
    }

    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
