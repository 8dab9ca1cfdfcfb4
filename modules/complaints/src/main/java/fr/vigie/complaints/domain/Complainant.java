package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person who lodged the complaint. Confidential: never disclosed to the organisation
 * (décret 2019-536 art. 38), so it never appears in letters to the organisation, in exports or
 * in events published to other modules.
 */
@Embeddable
public class Complainant {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "complainant_name")
    private String name;

    @Column(name = "complainant_email")
    private String email;

    @Column(name = "complainant_address")
    private String postalAddress;

    protected Complainant() {
        // for JPA
    }

    /** A complainant is reachable: by e-mail or by post (Art. 57(1)(f) requires informing them). */
    public Complainant(String name, String email, String postalAddress) {
        String cleanName = strip(name);
        if (cleanName == null) {
            throw ComplaintException.onField("complainantName", "complainant.name.required");
        }
        if (cleanName.length() > 200) {
            throw ComplaintException.onField("complainantName", "text.tooLong", 200);
        }
        String cleanEmail = strip(email);
        if (cleanEmail != null
                && (cleanEmail.length() > 254 || !EMAIL.matcher(cleanEmail).matches())) {
            throw ComplaintException.onField("complainantEmail", "complainant.email.invalid", email);
        }
        String cleanAddress = strip(postalAddress);
        if (cleanEmail == null && cleanAddress == null) {
            throw ComplaintException.onField("complainantEmail", "complainant.contact.required");
        }
        if (cleanAddress != null && cleanAddress.length() > 500) {
            throw ComplaintException.onField("complainantAddress", "text.tooLong", 500);
        }
        this.name = cleanName;
        this.email = cleanEmail;
        this.postalAddress = cleanAddress;
    }

    /** Words of a name that identify nobody on their own. */
    private static final Set<String> NOT_IDENTIFYING = Set.of(
            "m",
            "mr",
            "mme",
            "mlle",
            "madame",
            "monsieur",
            "mademoiselle",
            "de",
            "du",
            "des",
            "la",
            "le",
            "van",
            "von");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}@.]+");

    /**
     * Whether a text would reveal who complained: it contains the complainant's e-mail address, a
     * line of their postal address, their full name or one of the words of their name (a surname on
     * its own identifies a person to the organisation they complain about). Case, accents and
     * punctuation are ignored. Used on every text that leaves for the organisation or another
     * module (décret 2019-536 art. 38).
     */
    public boolean isIdentifiedBy(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String haystack = " " + normalise(text) + " ";
        if (email != null && haystack.contains(normalise(email))) {
            return true;
        }
        if (postalAddress != null) {
            for (String line : postalAddress.split("[\\n,]")) {
                String part = normalise(line);
                if (part.length() >= 8 && haystack.contains(" " + part + " ")) {
                    return true;
                }
            }
        }
        String fullName = normalise(name);
        if (haystack.contains(" " + fullName + " ")) {
            return true;
        }
        return Arrays.stream(fullName.split(" "))
                .filter(word -> word.length() >= 3 && !NOT_IDENTIFYING.contains(word))
                .anyMatch(word -> haystack.contains(" " + word + " "));
    }

    /** Lower case, without accents, words separated by single spaces. */
    private static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return NOT_LETTER_OR_DIGIT
                .matcher(plain.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .replaceAll("\\.(\\s|$)", " ")
                .strip();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String postalAddress() {
        return postalAddress;
    }
}
