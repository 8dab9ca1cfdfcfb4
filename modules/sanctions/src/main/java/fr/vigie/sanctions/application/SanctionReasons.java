package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Reason;
import fr.vigie.sanctions.domain.SanctionsException;

/**
 * Turns the reason a person typed into a {@link Reason} at the edge (pages, REST), refusing a blank
 * one with the sanctions module's own message on the field {@code reason}, as the acts always did.
 */
public final class SanctionReasons {
    private SanctionReasons() {}

    /** A reason required by the act (referral, simplified procedure, Art. 65): {@code field.required}. */
    public static Reason required(String text) {
        return checked(text, "field.required");
    }

    /** The reason of an extension of the reply period: {@code reason.required}. */
    public static Reason forExtension(String text) {
        return checked(text, "reason.required");
    }

    private static Reason checked(String text, String key) {
        if (text == null || text.isBlank()) {
            throw SanctionsException.onField("reason", key);
        }
        return Reason.of(text);
    }
}
