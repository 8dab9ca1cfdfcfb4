package fr.vigie.inspections.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.web.PageMessages;
import java.util.Locale;

/** Messages on the inspection pages, from the module's bundle (see {@link PageMessages}). */
final class UiMessages {
    static final String BUNDLE = "fr.vigie.inspections.i18n.messages";
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
}
