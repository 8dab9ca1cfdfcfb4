package fr.vigie.complaints.domain;

import fr.vigie.platform.api.DomainException;

/**
 * A complaint rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.complaints.i18n.errors} (French by default, English in {@code _en}); state names
 * given as arguments are shown in the reader's language ({@code status.*} of the same bundle).
 */
public class ComplaintException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.complaints.i18n.errors";

    private ComplaintException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** The rule concerns the operation as a whole. */
    public static ComplaintException refused(String key, Object... args) {
        return new ComplaintException(null, key, args);
    }

    /** The rule concerns the value of one input field. */
    public static ComplaintException onField(String field, String key, Object... args) {
        return new ComplaintException(field, key, args);
    }
}
