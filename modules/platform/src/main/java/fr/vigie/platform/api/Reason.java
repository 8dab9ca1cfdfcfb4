package fr.vigie.platform.api;

/**
 * Why a person changed a case. The audit trail must say why, not only who and what, so use
 * cases that change a case's state take one. A {@code Reason} exists only valid: trimmed, not
 * blank, at most {@value #MAX_LENGTH} characters; a service that takes a {@code Reason} need not
 * check it again.
 *
 * @param text the reason as the person wrote it, trimmed
 */
public record Reason(String text) {
    public static final int MAX_LENGTH = 2000;

    public Reason {
        text = require(text);
    }

    /** The reason a person typed; refuses a blank or overlong one, naming the field {@code reason}. */
    public static Reason of(String text) {
        return new Reason(text);
    }

    /**
     * The reason a person may leave out (a note on an act that does not need one).
     *
     * @return null for a blank text, else the checked reason
     */
    public static Reason optional(String text) {
        return text == null || text.isBlank() ? null : new Reason(text);
    }

    /**
     * For code that keeps the reason as text (history rows, audit details).
     *
     * @return the trimmed reason; refuses a blank or overlong one, naming the field {@code reason}
     */
    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "error.reason.required");
        }
        if (reason.length() > MAX_LENGTH) {
            throw DomainException.onField("reason", "error.reason.tooLong", MAX_LENGTH);
        }
        return reason.trim();
    }

    @Override
    public String toString() {
        return text;
    }
}
