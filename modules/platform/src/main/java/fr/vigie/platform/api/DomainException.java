package fr.vigie.platform.api;

import jakarta.ejb.ApplicationException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business rule refused an operation. Carries a message key (bundle
 * {@code fr.vigie.platform.i18n.errors}, or a module's own bundle) so that the UI shows it in the
 * user's language, and optionally the input field at fault so that the message lands on it.
 * {@link #getMessage()} is the English text, for logs and the REST API.
 * Marked as an application exception so that it reaches the caller unwrapped and still rolls
 * the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final String DEFAULT_BUNDLE = "fr.vigie.platform.i18n.errors";

    private final String key;
    private final String field;
    private final String bundle;
    private final transient Object[] args;

    public DomainException(String key, Object... args) {
        this(DEFAULT_BUNDLE, null, key, args);
    }

    protected DomainException(String bundle, String field, String key, Object... args) {
        super(key);
        this.bundle = bundle;
        this.field = field;
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The same rule broken by the value of one input field. */
    public static DomainException onField(String field, String key, Object... args) {
        return new DomainException(DEFAULT_BUNDLE, field, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The input field at fault, or null when the rule concerns the whole operation. */
    public String field() {
        return field;
    }

    public String bundle() {
        return bundle;
    }

    /** The message in the given language, falling back to the key when no text exists. */
    public String localizedMessage(Locale locale) {
        try {
            // No fallback to the JVM's default locale: the base bundle is French, and a French
            // user must not get English because the server happens to run in English.
            String pattern = ResourceBundle.getBundle(bundle, locale, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ENGLISH);
    }
}
