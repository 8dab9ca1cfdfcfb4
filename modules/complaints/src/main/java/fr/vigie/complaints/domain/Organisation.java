package fr.vigie.complaints.domain;

import fr.vigie.platform.api.organisation.OrganisationNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Set;

/**
 * The organisation complained about: its name, its country and, for a French organisation, its
 * SIREN or SIRET (required in France, since related complaints are found by it).
 */
@Embeddable
public class Organisation {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Column(name = "organisation_name")
    private String name;

    @Column(name = "organisation_country")
    private String country;

    @Column(name = "organisation_identifier")
    private String identifier;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, String country, String identifier) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw ComplaintException.onField("organisationName", "organisation.name.required");
        }
        if (cleanName.length() > 300) {
            throw ComplaintException.onField("organisationName", "text.tooLong", 300);
        }
        String cleanCountry = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(cleanCountry)) {
            throw ComplaintException.onField("organisationCountry", "organisation.country.invalid", country);
        }
        boolean blankId = identifier == null || identifier.isBlank();
        if (blankId && "FR".equals(cleanCountry)) {
            throw ComplaintException.onField("organisationIdentifier", "organisation.identifier.required");
        }
        this.name = cleanName;
        this.country = cleanCountry;
        this.identifier = blankId
                ? null
                : OrganisationNumber.parse(identifier, "organisationIdentifier").value();
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    /** SIREN or SIRET, or null for a foreign organisation without one. */
    public String identifier() {
        return identifier;
    }

    /** The SIREN part, used to find complaints against the same organisation; null when unknown. */
    public String siren() {
        return identifier == null ? null : identifier.substring(0, 9);
    }
}
