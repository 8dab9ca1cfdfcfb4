package fr.vigie.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a message's arguments are written inside a sentence of the reader's language. A day is
 * written out ("5 décembre 2026", "5 December 2026"), never ISO: French administrative prose
 * never writes {@code 2026-12-05}. Every message built from a bundle pattern goes through here
 * (refusals, page messages), so no module formats its dates for a sentence itself.
 */
public final class MessageArguments {
    private MessageArguments() {}

    /** A copy of {@code args} with each day written out in {@code locale}; other values as given. */
    public static Object[] inWords(Object[] args, Locale locale) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = day(day, locale);
            }
        }
        return shown;
    }

    /** A day as a sentence of {@code locale} writes it ("5 décembre 2026"). */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(day);
    }
}
