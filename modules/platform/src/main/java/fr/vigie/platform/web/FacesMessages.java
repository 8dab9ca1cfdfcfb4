package fr.vigie.platform.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.MessageArguments;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts translated messages on the page. A {@link DomainException} that names a field lands on
 * that input (the page gives the input the field's name as id), so the user sees the problem
 * where they typed; other messages are global.
 */
public final class FacesMessages {
    static final String MESSAGES_BUNDLE = "fr.vigie.platform.i18n.messages";

    /**
     * Never falls back to the server's default locale: the base bundles are French, so on a server
     * running in English a French lookup would otherwise find the English bundle first.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private FacesMessages() {}

    /**
     * Shows a refused operation. Marks validation as failed so that dialogs stay open and keep what
     * the user typed.
     *
     * @param container id of the form (or other naming container) holding the inputs, e.g. {@code createForm}
     */
    public static void error(DomainException e, String container) {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Domain messages are always MessageFormat patterns, as DomainException#localizedMessage reads them.
        String pattern = pattern(e.bundle(), e.key(), locale(faces));
        String text = pattern == null
                ? e.key()
                : new MessageFormat(pattern, locale(faces)).format(MessageArguments.inWords(e.args(), locale(faces)));
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        faces.addMessage(clientIdOf(faces, container, e.field()), message);
        faces.validationFailed();
    }

    /**
     * Shows a refused operation on the input named by its field, looked for anywhere under
     * {@code container} (e.g. a dialog inside a composite component, whose client ids a form id
     * cannot reach); a global message when there is no such input.
     */
    public static void errorUnder(DomainException e, UIComponent container) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = e.localizedMessage(locale(faces));
        UIComponent input = e.field() == null || container == null ? null : container.findComponent(e.field());
        faces.addMessage(
                input == null ? null : input.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** A global error already translated (e.g. from a module's own bundle). */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A global confirmation already translated (e.g. from a module's own bundle). */
    public static void infoText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The component with this id in the view (searched from the root, whatever naming containers surround it). */
    public static UIComponent component(String id) {
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(id);
    }

    /** A global error from the platform's messages bundle. */
    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A global confirmation from the platform's messages bundle. */
    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    /** Text of the platform's messages bundle in the current language; the key itself when missing. */
    public static String text(String key, Object... args) {
        return text(MESSAGES_BUNDLE, key, args);
    }

    /** Text of any bundle on the class path in the current language; the key itself when missing. */
    public static String text(String bundle, String key, Object... args) {
        Locale locale = locale(FacesContext.getCurrentInstance());
        String pattern = pattern(bundle, key, locale);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static String pattern(String bundle, String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundle, locale, FacesMessages.class.getClassLoader(), NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** Call before redirecting: the messages of this request are then shown on the next page. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static String clientIdOf(FacesContext faces, String container, String field) {
        if (field == null || container == null) {
            return null;
        }
        UIComponent input = faces.getViewRoot().findComponent(":" + container + ":" + field);
        return input == null ? null : input.getClientId(faces);
    }

    static Locale locale(FacesContext faces) {
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.FRENCH;
    }
}
