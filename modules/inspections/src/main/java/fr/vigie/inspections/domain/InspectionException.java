package fr.vigie.inspections.domain;

import fr.vigie.platform.api.DomainException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An inspection rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.inspections.i18n.errors} (French by default, English in {@code _en}); arguments
 * naming a status or an act are shown translated.
 */
public class InspectionException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.inspections.i18n.errors";

    private InspectionException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** The rule concerns the operation as a whole. */
    public static InspectionException refused(String key, Object... args) {
        return new InspectionException(null, key, args);
    }

    /** The rule concerns the value of one input field. */
    public static InspectionException onField(String field, String key, Object... args) {
        return new InspectionException(field, key, args);
    }

    @Override
    public String localizedMessage(Locale locale) {
        Object[] args = args();
        ResourceBundle texts;
        try {
            texts = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return super.localizedMessage(locale);
        }
        boolean translated = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> value) {
                String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
                args[i] = texts.containsKey(key) ? texts.getString(key) : value.name();
                translated = true;
            }
        }
        return translated
                ? new InspectionException(field(), key(), args).plain(locale)
                : super.localizedMessage(locale);
    }

    private String plain(Locale locale) {
        return super.localizedMessage(locale);
    }
}
