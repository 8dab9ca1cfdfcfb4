package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.MessageArguments;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.Period;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A refusal of the legal clocks, with its message in bundle {@value #BUNDLE} and the input
 * field at fault. Being a {@link DomainException}, it leaves EJBs unwrapped, rolls the
 * transaction back, lands on its field on screens and becomes a 422 naming the field in the API.
 */
public class ClockException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.platform.i18n.clocks";

    /** Fields that some engine rules always concern, whatever the operation. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("clock.period.unknownUnit", "unit"),
            Map.entry("clock.period.notPositive", "amount"),
            Map.entry("clock.period.tooLong", "amount"),
            Map.entry("clock.period.badAmount", "amount"),
            Map.entry("clock.period.badFormat", "period"),
            Map.entry("clock.extension.tooMany", "amount"),
            Map.entry("clock.extension.tooLong", "amount"),
            Map.entry("clock.period.incomparable", "unit"),
            Map.entry("clock.policy.belowMinimum", "period"),
            Map.entry("clock.policy.aboveMaximum", "period"),
            Map.entry("clock.policy.unknown", "policy"),
            Map.entry("clock.policy.notApplicableToCase", "policy"),
            Map.entry("clock.suspension.negative", "suspendedDays"),
            Map.entry("clock.suspension.tooLong", "suspendedDays"));

    /**
     * A period as a message argument, written in the message's language ("3 mois", "10 days")
     * with the bundle's {@code unit.<unit>} patterns.
     */
    public record PeriodArgument(int amount, String unit) {
        @Override
        public String toString() {
            return amount + " " + unit;
        }
    }

    /** {@code period} as a message argument written in the message's language. */
    public static PeriodArgument period(Period period) {
        return new PeriodArgument(period.amount(), period.unit().spelling());
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The engine's complete English message, shown when the bundle has no text for the key. */
    private final String englishFallback;

    public ClockException(String field, String key, Object... args) {
        this(null, field, key, args);
    }

    private ClockException(String englishFallback, String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
        this.englishFallback = englishFallback;
    }

    /**
     * The engine's refusal, on the field it concerns: the rule's own field when it has one
     * (a unit is always the {@code unit} field), otherwise {@code defaultField}.
     */
    public static ClockException of(ClockRuleException e, String defaultField) {
        String field = FIELD_OF_RULE.getOrDefault(e.messageKey(), defaultField);
        return new ClockException(
                e.getMessage(), field, e.messageKey(), e.arguments().toArray());
    }

    /** The same refusal on {@code otherField}, its message still written as the clocks write theirs. */
    @Override
    public ClockException forField(String otherField) {
        return new ClockException(englishFallback, otherField, key(), args());
    }

    /**
     * The message in {@code locale}. The bundle is looked up without falling back to the JVM's
     * default locale: on a server whose default is English, the standard lookup would answer a
     * French request with {@code clocks_en} instead of the French base bundle.
     */
    @Override
    public String localizedMessage(Locale locale) {
        try {
            ResourceBundle bundle = bundle(locale);
            Object[] args = args();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof PeriodArgument period) {
                    args[i] = new MessageFormat(bundle.getString("unit." + period.unit()), locale)
                            .format(new Object[] {period.amount()});
                } else if (args[i] instanceof String text
                        && ISO_DATE.matcher(text).matches()) {
                    // the engine's dates are ISO text: written out in the message's language (a day that
                    // does not exist, as typed by a person, stays as typed)
                    args[i] = writtenOut(text, locale);
                } else if (args[i] instanceof LocalDate date) {
                    args[i] = MessageArguments.day(date, locale);
                }
            }
            return new MessageFormat(bundle.getString(key()), locale).format(args);
        } catch (MissingResourceException e) {
            return englishFallback != null ? englishFallback : key();
        }
    }

    private static String writtenOut(String isoDate, Locale locale) {
        try {
            return MessageArguments.day(LocalDate.parse(isoDate), locale);
        } catch (java.time.DateTimeException notADay) {
            return isoDate;
        }
    }

    /** The clocks' bundle for {@code locale}, French (the base bundle) unless an exact match exists. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? Locale.FRENCH : locale,
                ClockException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
