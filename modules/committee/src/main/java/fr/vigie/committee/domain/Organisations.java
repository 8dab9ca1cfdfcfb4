package fr.vigie.committee.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How organisations are compared for conflicts of interest. A SIREN is the reliable key (9 digits,
 * Luhn checksum; a SIRET's first 9 digits are its SIREN). Names are compared on a key that ignores
 * case, accents, punctuation and the legal form ("Institut Pasteur SA" = "institut pasteur"), so
 * that a declaration made by name still recuses a member from a dossier whose applicant has a SIREN.
 */
public final class Organisations {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Legal forms dropped from name keys; "SA" and "SAS" would otherwise keep apart the same company. */
    private static final Set<String> LEGAL_FORMS = Set.of("sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop",
            "gie", "eig", "ltd", "llc", "inc", "gmbh", "bv", "nv", "plc", "ag", "spa", "srl", "association", "asso");

    private Organisations() {
    }

    /** The comparison key of a name: lower case, no accents, no punctuation, no legal form; "" when empty. */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        // Dots are dropped before splitting so that "S.A.S." reads as the legal form "sas".
        String undotted = plain.toLowerCase(Locale.ROOT).replace(".", "");
        String[] words = NOT_ALNUM.matcher(undotted).replaceAll(" ").trim().split(" ");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /**
     * A SIREN as typed (spaces tolerated; a SIRET gives its SIREN), checked; null when blank.
     *
     * @param field the input field named in a refusal
     */
    public static String siren(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("\\d{9}|\\d{14}")) {
            throw CommitteeException.onField(field, "organisation.siren.format", text);
        }
        if (!luhnValid(digits) && !digits.startsWith("356000000")) {
            throw CommitteeException.onField(field, "organisation.siren.checksum", digits);
        }
        return digits.substring(0, 9);
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

    /**
     * Whether a declared organisation is the applicant. The same SIREN always matches; two different
     * SIRENs never do (two companies may share a name); otherwise the name keys decide.
     */
    public static boolean sameOrganisation(String declaredName, String declaredSiren, String applicantName,
            String applicantSiren) {
        if (declaredSiren != null && applicantSiren != null) {
            return declaredSiren.equals(applicantSiren);
        }
        String declared = nameKey(declaredName);
        return !declared.isEmpty() && declared.equals(nameKey(applicantName));
    }
}
