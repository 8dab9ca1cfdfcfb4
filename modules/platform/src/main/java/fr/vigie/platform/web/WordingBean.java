package fr.vigie.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the detail of a case's history line as the reader reads it. History details were
 * recorded as the facts' own values (a channel, an outcome, a day), which are codes and ISO days:
 * shown as they are, a French page would read « WEB_FORM » or « 2026-12-05 ». Each code that the
 * module's bundle names under one of the given prefixes is replaced by its name, and each ISO day
 * is written in the page's language. A fact recorded as {@code name=value} (a qualification's
 * {@code admissible=true}) is written as the bundle says under {@code detail.name.value}, or under
 * {@code detail.name} with the value as its argument ({@code lead=DE}). The recorded detail is left
 * as it is (it is evidence).
 */
@Named("wording")
@ApplicationScoped
public class WordingBean {
    private static final Pattern CODE = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![\\w-])");
    private static final Pattern FACT = Pattern.compile("(?<![\\w-])([a-z][A-Za-z]*)=([^,;\\s]+)");
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\w-])(\\d{4}-\\d{2}-\\d{2})(?![\\d:T])");

    /**
     * @param text     the recorded detail, or null
     * @param bundle   the page's module bundle (the variable of its {@code f:loadBundle})
     * @param prefixes comma-separated key prefixes under which the bundle names codes, e.g. {@code "channel.,outcome."}
     */
    public String detail(String text, Map<String, ?> bundle, String prefixes) {
        return detail(text, bundle, prefixes, DatesBean.locale());
    }

    static String detail(String text, Map<String, ?> bundle, String prefixes, Locale locale) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String[] keys = prefixes == null || prefixes.isBlank() ? new String[0] : prefixes.split(",");
        String facts = replace(FACT, text, fact -> factOf(fact, bundle));
        String named = replace(CODE, facts, code -> nameOf(code, bundle, keys));
        return replace(ISO_DAY, named, iso -> dayOf(iso, locale));
    }

    private static String nameOf(String code, Map<String, ?> bundle, String[] prefixes) {
        for (String prefix : prefixes) {
            String key = prefix.strip() + code;
            if (bundle != null && bundle.containsKey(key)) {
                return String.valueOf(bundle.get(key));
            }
        }
        return code;
    }

    private static String factOf(String fact, Map<String, ?> bundle) {
        if (bundle == null) {
            return fact;
        }
        int equals = fact.indexOf('=');
        String name = fact.substring(0, equals);
        String value = fact.substring(equals + 1);
        // containsKey, not get: a page's f:loadBundle map answers ???key??? for a missing key.
        String exact = "detail." + name + "." + value;
        if (bundle.containsKey(exact)) {
            return String.valueOf(bundle.get(exact));
        }
        String pattern = "detail." + name;
        return bundle.containsKey(pattern) ? MessageFormat.format(String.valueOf(bundle.get(pattern)), value) : fact;
    }

    private static String dayOf(String iso, Locale locale) {
        try {
            return DatesBean.day(LocalDate.parse(iso), locale);
        } catch (DateTimeParseException e) {
            return iso; // not a day after all (e.g. 2026-13-40): left as written
        }
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> by) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
