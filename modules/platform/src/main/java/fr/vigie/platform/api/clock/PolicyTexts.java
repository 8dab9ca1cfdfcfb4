package fr.vigie.platform.api.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A legal deadline's name and a date as a language writes them ("12 janvier 2027", "12 January
 * 2027"), for whatever speaks to a person outside a page (e-mails, notifications): a person reads
 * the deadline's name, never its code ({@code COMPLAINT_ACKNOWLEDGEMENT}).
 */
public final class PolicyTexts {
    /** The deadlines' names, keyed by policy code, in French (default) and English. */
    public static final String BUNDLE = "fr.vigie.platform.i18n.policies";

    private PolicyTexts() {}

    /** The name of the policy {@code code} in {@code locale}; the code when it has no name. */
    public static String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        try {
            return ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            PolicyTexts.class.getClassLoader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    /** The day as {@code locale} writes it in full: "3 décembre 2026", "3 December 2026". */
    public static String date(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(day);
    }
}
