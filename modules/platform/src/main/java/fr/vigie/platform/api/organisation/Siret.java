package fr.vigie.platform.api.organisation;

import fr.vigie.platform.api.DomainException;

/**
 * The SIRET of an establishment: its legal unit's SIREN followed by a 5-digit establishment number,
 * with a Luhn check digit over the 14 digits, except La Poste's establishments (SIREN 356000000)
 * whose digits sum to a multiple of 5 (INSEE's documented exception).
 *
 * @param value the 14 digits
 */
public record Siret(String value) {
    public Siret {
        if (value == null || !value.matches("\\d{14}") || !checksumValid(value)) {
            throw new IllegalArgumentException("Not a valid SIRET: " + value);
        }
    }

    /**
     * Reads a SIRET typed by a person.
     *
     * @param field the input field named in a refusal ({@code siret.format}, {@code siret.checksum})
     */
    public static Siret parse(String text, String field) {
        String digits = InseeChecksum.digitsOf(text);
        if (!digits.matches("\\d{14}")) {
            throw DomainException.onField(field, "siret.format", String.valueOf(text));
        }
        if (!checksumValid(digits)) {
            throw DomainException.onField(field, "siret.checksum", digits);
        }
        return new Siret(digits);
    }

    /** Whether {@code text} is a valid SIRET (spaces tolerated). */
    public static boolean isValid(String text) {
        String digits = InseeChecksum.digitsOf(text);
        return digits.matches("\\d{14}") && checksumValid(digits);
    }

    /** The legal unit the establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    private static boolean checksumValid(String digits) {
        return digits.startsWith(InseeChecksum.LA_POSTE_SIREN)
                ? InseeChecksum.laPosteValid(digits)
                : InseeChecksum.luhnValid(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
