package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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
