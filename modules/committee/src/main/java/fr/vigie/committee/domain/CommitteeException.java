package fr.vigie.committee.domain;

import fr.vigie.platform.api.DomainException;

/**
 * A committee rule refused an operation. Messages are in the module's bundle
 * {@code fr.vigie.committee.i18n.errors} (French by default, English in {@code _en}). Keys ending in
 * {@code Forbidden} are answered 403 by the API (e.g. a recused member's vote).
 */
public class CommitteeException extends DomainException {
    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "fr.vigie.committee.i18n.errors";

    private CommitteeException(String field, String key, Object... args) {
        super(BUNDLE, field, key, args);
    }

    /** The rule concerns the operation as a whole. */
    public static CommitteeException refused(String key, Object... args) {
        return new CommitteeException(null, key, args);
    }

    /** The rule concerns the value of one input field. */
    public static CommitteeException onField(String field, String key, Object... args) {
        return new CommitteeException(field, key, args);
    }

    /** The person may not do this at all (answered 403); the key must end in {@code Forbidden}. */
    public static CommitteeException forbidden(String key, Object... args) {
        return new CommitteeException(null, requireForbiddenKey(key), args);
    }
}
