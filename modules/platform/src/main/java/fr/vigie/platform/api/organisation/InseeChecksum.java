package fr.vigie.platform.api.organisation;

/** The check-digit rules INSEE applies to SIREN and SIRET numbers. */
final class InseeChecksum {
    /** La Poste's SIREN: its establishments' SIRETs are numbered outside the Luhn rule. */
    static final String LA_POSTE_SIREN = "356000000";

    private InseeChecksum() {}

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

    /** La Poste's establishments: the sum of the SIRET's 14 digits is a multiple of 5. */
    static boolean laPosteValid(String siret) {
        return siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    /** The digits typed, without the spaces people write between groups. */
    static String digitsOf(String text) {
        return text == null ? "" : text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    }
}
