package fr.vigie.platform.api;

/**
 * Why a person changed a case. The audit trail must say why, not only who and what, so use
 * cases that change a case's state require one.
 */
public final class Reason {
    public static final int MAX_LENGTH = 2000;

    private Reason() {}

    /** @return the trimmed reason; refuses a blank or overlong one, naming the field {@code reason} */
    public static String require(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "error.reason.required");
        }
        if (reason.length() > MAX_LENGTH) {
            throw DomainException.onField("reason", "error.reason.tooLong", MAX_LENGTH);
        }
        return reason.trim();
    }
}
