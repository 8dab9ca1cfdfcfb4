package fr.vigie.complaints.domain;

import java.util.Objects;

/**
 * A French organisation's SIREN (9 digits) or SIRET (14 digits: SIREN + establishment number),
 * both protected by a Luhn checksum. Spaces are tolerated on input and dropped. SIRETs of La
 * Poste (SIREN 356 000 000) follow another rule (digit sum multiple of 5) and are accepted too.
 */
public final class OrganisationIdentifier {
    private static final String LA_POSTE_SIREN = "356000000";

    private final String value;

    private OrganisationIdentifier(String value) {
        this.value = value;
    }

    /** @param field the input field named in a refusal */
    public static OrganisationIdentifier parse(String text, String field) {
        String digits = text == null ? "" : text.replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("\\d{9}|\\d{14}")) {
            throw ComplaintException.onField(field, "organisation.identifier.format", text);
        }
        boolean valid = digits.length() == 14 && digits.startsWith(LA_POSTE_SIREN)
                ? digitSum(digits) % 5 == 0
                : luhnValid(digits);
        if (!valid) {
            throw ComplaintException.onField(field, "organisation.identifier.checksum", digits);
        }
        return new OrganisationIdentifier(digits);
    }

    /** Luhn: from the right, double every second digit (minus 9 above 9); the sum is a multiple of 10. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    public String value() {
        return value;
    }

    public boolean isSiret() {
        return value.length() == 14;
    }

    /** The SIREN: the whole value, or the first 9 digits of a SIRET. Related complaints match on it. */
    public String siren() {
        return value.substring(0, 9);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationIdentifier other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
