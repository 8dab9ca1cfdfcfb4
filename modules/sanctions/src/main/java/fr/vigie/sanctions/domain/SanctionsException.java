package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.DomainException;

/**
 * A sanctions rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.sanctions.i18n.errors} (French by default, English in {@code _en}).
 */
public class SanctionsException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.sanctions.i18n.errors";

    protected SanctionsException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** The rule concerns the operation as a whole. */
    public static SanctionsException refused(String key, Object... args) {
        return new SanctionsException(null, key, args);
    }

    /** The rule concerns the value of one input field. */
    public static SanctionsException onField(String field, String key, Object... args) {
        return new SanctionsException(field, key, args);
    }
}
