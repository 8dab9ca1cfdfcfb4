package fr.vigie.sanctions.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.web.PageMessages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Messages and dates on the sanctions pages, from the module's bundle (see {@link PageMessages}). */
final class UiMessages {
    static final String BUNDLE = "fr.vigie.sanctions.i18n.messages";
    private static final PageMessages MESSAGES = new PageMessages(BUNDLE, UiMessages.class.getClassLoader(), true);

    private UiMessages() {}

    static void refused(DomainException e, String formId) {
        MESSAGES.refused(e, formId);
    }

    static void info(String key, Object... args) {
        MESSAGES.info(key, args);
    }

    static String text(String key, Object... args) {
        return MESSAGES.text(key, args);
    }

    static Locale locale() {
        return MESSAGES.locale();
    }

    static void keepForRedirect() {
        MESSAGES.keepForRedirect();
    }

    /** A day in the page's language ("5 décembre 2026"), empty for none. */
    static String day(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale())
                        .format(day);
    }
}
