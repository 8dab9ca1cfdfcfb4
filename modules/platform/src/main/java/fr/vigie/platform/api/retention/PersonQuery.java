package fr.vigie.platform.api.retention;

import java.util.Locale;

/**
 * Who a data-subject request is about: any of a name, an e-mail address, a postal address.
 * Matching is the module's (case-insensitive containment for names and addresses,
 * exact for e-mail addresses).
 */
public record PersonQuery(String name, String email, String postalAddress) {
    public PersonQuery {
        name = blankToNull(name);
        email = blankToNull(email) == null ? null : email.trim().toLowerCase(Locale.ROOT);
        postalAddress = blankToNull(postalAddress);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public boolean isEmpty() {
        return name == null && email == null && postalAddress == null;
    }
}
