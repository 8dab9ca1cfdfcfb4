package fr.vigie.dossiers.domain;

import java.util.Objects;

/**
 * A French organisation's SIREN: 9 digits protected by a Luhn checksum (spaces tolerated on input).
 * The same rule as the complaints module's identifier, kept here because modules share no domain code.
 */
public final class Siren {
    private final String value;

    private Siren(String value) {
        this.value = value;
    }

    /** @param field the input field named in a refusal */
    public static Siren parse(String text, String field) {
        String digits = text == null ? "" : text.replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("\\d{9}")) {
            throw DossierException.onField(field, "siren.format", text);
        }
        if (!luhnValid(digits)) {
            throw DossierException.onField(field, "siren.checksum", digits);
        }
        return new Siren(digits);
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

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Siren other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
