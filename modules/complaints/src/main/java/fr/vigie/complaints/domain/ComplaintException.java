package fr.vigie.complaints.domain;

import fr.vigie.platform.api.DomainException;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A complaint rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.complaints.i18n.errors} (French by default, English in {@code _en}).
 */
public class ComplaintException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.complaints.i18n.errors";

    private ComplaintException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** The rule concerns the operation as a whole. */
    public static ComplaintException refused(String key, Object... args) {
        return new ComplaintException(null, key, args);
    }

    /**
     * Arguments that are state names ({@code RECEIVED}, ...) are shown in the reader's language,
     * so that "cannot become 'closed'" never reads "cannot become 'CLOSED'".
     */
    @Override
    public String localizedMessage(Locale locale) {
        Object[] args = args();
        ResourceBundle texts;
        try {
            texts = ResourceBundle.getBundle(BUNDLE, locale, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return super.localizedMessage(locale);
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String name && texts.containsKey("status." + name)) {
                args[i] = texts.getString("status." + name);
            }
        }
        return new ComplaintException(field(), key(), args).superMessage(locale);
    }

    private String superMessage(Locale locale) {
        return super.localizedMessage(locale);
    }

    /** The rule concerns the value of one input field. */
    public static ComplaintException onField(String field, String key, Object... args) {
        return new ComplaintException(field, key, args);
    }
}
