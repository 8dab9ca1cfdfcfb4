package fr.vigie.crossborder.domain;

import fr.vigie.platform.api.DomainException;

/**
 * A rule of the cross-border procedure refused an act. Messages are in the module's bundle
 * {@code fr.vigie.crossborder.i18n.errors} (French by default, English in {@code _en}); stages given
 * as arguments are shown in the reader's language ({@code status.*} of the same bundle).
 */
public class CrossBorderException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.crossborder.i18n.errors";

    private CrossBorderException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** The rule concerns the act as a whole. */
    public static CrossBorderException refused(String key, Object... args) {
        return new CrossBorderException(null, key, args);
    }

    /** The rule concerns the value of one input field. */
    public static CrossBorderException onField(String field, String key, Object... args) {
        return new CrossBorderException(field, key, args);
    }
}
