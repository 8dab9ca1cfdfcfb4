package fr.vigie.platform.organisation.domain;

import fr.vigie.platform.api.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/** Whom the authority notifies at the organisation (often its data protection officer). */
@Embeddable
public class Contact {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "contact_name")
    private String name;

    @Column(name = "contact_email")
    private String email;

    protected Contact() {
        // for JPA
    }

    private Contact(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public static Contact none() {
        return new Contact(null, null);
    }

    /** Refuses a malformed address on {@code contactEmail}, an overlong name on {@code contactName}. */
    public static Contact of(String name, String email) {
        String n = name == null || name.isBlank() ? null : name.strip();
        String e = email == null || email.isBlank() ? null : email.strip();
        if (n != null && n.length() > 200) {
            throw DomainException.onField("contactName", "organisation.contact.nameTooLong", 200);
        }
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            throw DomainException.onField("contactEmail", "organisation.contact.emailInvalid", e);
        }
        return new Contact(n, e);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact other && Objects.equals(name, other.name) && Objects.equals(email, other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email);
    }

    @Override
    public String toString() {
        return (name == null ? "" : name) + (email == null ? "" : " <" + email + ">");
    }
}
