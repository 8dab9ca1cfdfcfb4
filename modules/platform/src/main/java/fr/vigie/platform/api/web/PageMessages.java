package fr.vigie.platform.api.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.MessageArguments;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translated messages on a module's pages, from the module's own bundle. A refusal naming a field
 * lands on the input of that id inside the given form; others are global. Validation is marked
 * failed so that dialogs stay open and keep what the user typed. The bundle is read without
 * falling back to the JVM's locale, so a French page never shows an English text by accident.
 */
public final class PageMessages {
    private final String bundle;
    private final ClassLoader loader;
    private final boolean literalApostrophes;

    /**
     * @param bundle             the module's bundle, e.g. {@code fr.vigie.complaints.i18n.messages}
     * @param loader             the module's class loader (where the bundle lives)
     * @param literalApostrophes true when the bundle writes apostrophes once ({@code l'avis}) even in
     *                           texts with arguments; false when it follows MessageFormat ({@code l''avis})
     */
    public PageMessages(String bundle, ClassLoader loader, boolean literalApostrophes) {
        this.bundle = bundle;
        this.loader = loader;
        this.literalApostrophes = literalApostrophes;
    }

    /** Shows a refusal on its field (or globally), with every other field it names, and keeps the form as typed. */
    public void refused(DomainException e, String formId) {
        refused(e.all(), formId);
    }

    /** Shows each refusal on its field (or globally), e.g. every field at fault of a submission. */
    public void refused(List<? extends DomainException> refusals, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (DomainException each : refusals) {
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

    /** A global information message. */
    public void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The text of {@code key} in the page's language; the key itself when the bundle lacks it. */
    public String text(String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(
                            bundle,
                            locale(),
                            loader,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
            if (args.length == 0) {
                return pattern;
            }
            return new MessageFormat(literalApostrophes ? pattern.replace("'", "''") : pattern, locale())
                    .format(MessageArguments.inWords(args, locale()));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The page's language (French outside a request). */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.FRENCH;
    }

    /** Keeps the messages across the redirect that follows. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
