package fr.vigie.platform.security.domain;

import fr.vigie.platform.api.DomainException;

/**
 * Minimum password strength. Length beats composition rules (NIST SP 800-63B): 12 characters
 * at least, not only blanks, not the username.
 */
public final class PasswordRule {
    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 256;

    private PasswordRule() {}

    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw DomainException.onField("password", "error.password.tooShort", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw DomainException.onField("password", "error.password.tooLong", MAX_LENGTH);
        }
        String text = new String(password);
        if (text.isBlank() || text.equalsIgnoreCase(username)) {
            throw DomainException.onField("password", "error.password.weak");
        }
    }
}
