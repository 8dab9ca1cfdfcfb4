package fr.vigie.sanctions.domain.fine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Formats a text of the bundle {@value FineRuleException#BUNDLE} in the reader's language, showing
 * enum arguments by their label ({@code seriousness.HIGH}, {@code circumstance.COOPERATION},
 * {@code capRule.GDPR_ART_83_3}, ...) so that no constant name reaches a sentence.
 */
final class FineTexts {

    private FineTexts() {}

    static String format(String key, Locale locale, Object... args) {
        ResourceBundle texts;
        try {
            // No fallback to the JVM's locale: the base bundle is French.
            texts = ResourceBundle.getBundle(
                    FineRuleException.BUNDLE,
                    locale,
                    FineTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return key;
        }
        if (!texts.containsKey(key)) {
            return key;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                shown[i] = label(texts, constant);
            }
        }
        return new MessageFormat(texts.getString(key), locale).format(shown);
    }

    /** The key of an enum constant's label: {@code seriousness.HIGH}. */
    static String labelKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + constant.name();
    }

    private static String label(ResourceBundle texts, Enum<?> constant) {
        String key = labelKey(constant);
        return texts.containsKey(key) ? texts.getString(key) : constant.name();
    }
}
