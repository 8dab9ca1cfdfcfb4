package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.DomainException;
import java.util.Locale;

/**
 * A fine rule refused a value: a fine or a periodic penalty over its lawful cap, an unknown
 * article, an assistant input out of its band. Messages are in the bundle {@value #BUNDLE}
 * (French by default, English in {@code _en}); the field names the input at fault so that the
 * page puts the message on it and the API names it in its problem report.
 */
public class FineRuleException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.sanctions.i18n.fines";

    private FineRuleException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** Enum arguments (a circumstance, a seriousness) are shown by their label in the reader's language. */
    @Override
    public String localizedMessage(Locale locale) {
        return FineTexts.format(key(), locale, args());
    }

    /** The rule is broken by the value of one input field. */
    public static FineRuleException onField(String field, String key, Object... args) {
        return new FineRuleException(field, key, args);
    }
}
