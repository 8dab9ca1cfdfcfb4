package fr.vigie.platform.api.organisation;

import fr.vigie.platform.api.DomainException;

/**
 * The SIREN of a French legal unit: 9 digits with a Luhn check digit (spaces tolerated on input).
 *
 * @param value the 9 digits
 */
public record Siren(String value) {
    public Siren {
        if (value == null || !value.matches("\\d{9}") || !InseeChecksum.luhnValid(value)) {
            throw new IllegalArgumentException("Not a valid SIREN: " + value);
        }
    }

    /**
     * Reads a SIREN typed by a person.
     *
     * @param field the input field named in a refusal ({@code siren.format}, {@code siren.checksum})
     */
    public static Siren parse(String text, String field) {
        String digits = InseeChecksum.digitsOf(text);
        if (!digits.matches("\\d{9}")) {
            throw DomainException.onField(field, "siren.format", String.valueOf(text));
        }
        if (!InseeChecksum.luhnValid(digits)) {
            throw DomainException.onField(field, "siren.checksum", digits);
        }
        return new Siren(digits);
    }

    /** Whether {@code text} is a valid SIREN (spaces tolerated). */
    public static boolean isValid(String text) {
        String digits = InseeChecksum.digitsOf(text);
        return digits.matches("\\d{9}") && InseeChecksum.luhnValid(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
