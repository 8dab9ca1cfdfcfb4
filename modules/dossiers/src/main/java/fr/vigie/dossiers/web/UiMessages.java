package fr.vigie.dossiers.web;

import fr.vigie.dossiers.domain.DossierException;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts translated messages on the dossier pages. A refusal naming a field lands on the input of
 * that id inside the given form (every field of a refused submission gets its own message);
 * others are global. Validation is marked failed so that dialogs stay open and keep the input.
 */
final class UiMessages {
    static final String BUNDLE = "fr.vigie.dossiers.i18n.messages";

    private UiMessages() {
    }

    static void refused(DomainException e, String formId) {
        List<? extends DomainException> all = e instanceof DossierException d ? d.all() : List.of(e);
        FacesContext faces = FacesContext.getCurrentInstance();
        for (DomainException each : all) {
            String text = each.localizedMessage(locale());
            String clientId = null;
            if (each.field() != null && formId != null) {
                UIComponent input = faces.getViewRoot().findComponent(":" + formId + ":" + each.field());
                clientId = input == null ? null : input.getClientId(faces);
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
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
            return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale()).format(args);
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
