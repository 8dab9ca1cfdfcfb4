package fr.vigie.inspections.domain;

import fr.vigie.platform.api.organisation.OrganisationNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The inspected organisation as the inspection records it: name, SIREN or SIRET (checked; absent
 * for a foreign organisation), country, and what makes its processing sensitive (special categories
 * of data, minors), which the risk score reads.
 */
@Embeddable
public class Organisation {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    static final int MAX_NAME = 300;

    @Column(name = "organisation_name", nullable = false)
    private String name;

    @Column(name = "organisation_number")
    private String number;

    @Column(name = "organisation_country", nullable = false)
    private String country;

    @Column(name = "sensitive_data", nullable = false)
    private boolean sensitiveData;

    @Column(nullable = false)
    private boolean minors;

    protected Organisation() {
        // for JPA
    }

    private Organisation(String name, String number, String country, boolean sensitiveData, boolean minors) {
        this.name = name;
        this.number = number;
        this.country = country;
        this.sensitiveData = sensitiveData;
        this.minors = minors;
    }

    /**
     * @param number SIREN or SIRET as typed (spaces allowed); required for a French organisation
     */
    public static Organisation of(String name, String number, String country, boolean sensitiveData, boolean minors) {
        return of(name, number, country, sensitiveData, minors, true);
    }

    /**
     * As another module recorded it (a referred complaint): the number is checked when given, but a
     * French organisation known only by its name is accepted rather than losing the referral.
     */
    public static Organisation referred(String name, String number, String country) {
        return of(name, number, country, false, false, false);
    }

    private static Organisation of(
            String name,
            String number,
            String country,
            boolean sensitiveData,
            boolean minors,
            boolean frenchNumberRequired) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw InspectionException.onField("organisationName", "organisation.name.required");
        }
        if (n.length() > MAX_NAME) {
            throw InspectionException.onField("organisationName", "text.tooLong", MAX_NAME);
        }
        String c = country == null || country.isBlank() ? "FR" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(c).matches()) {
            throw InspectionException.onField("organisationCountry", "organisation.country.invalid", country);
        }
        String digits = null;
        if (number != null && !number.isBlank()) {
            digits = OrganisationNumber.parse(number, "organisationNumber").value();
        } else if ("FR".equals(c) && frenchNumberRequired) {
            throw InspectionException.onField("organisationNumber", "organisation.number.required");
        }
        return new Organisation(n, digits, c, sensitiveData, minors);
    }

    public String name() {
        return name;
    }

    /** SIREN or SIRET, or null for a foreign organisation. */
    public String number() {
        return number;
    }

    /** The legal unit's SIREN, or null: earlier inspections and complaints are matched on it. */
    public String siren() {
        return number == null ? null : number.substring(0, 9);
    }

    public String country() {
        return country;
    }

    public boolean sensitiveData() {
        return sensitiveData;
    }

    public boolean minors() {
        return minors;
    }

    /** Whether a declared interest in {@code declaredNumber}/{@code declaredName} concerns this organisation. */
    public boolean isConcernedBy(String declaredNumber, String declaredName) {
        if (declaredNumber != null && !declaredNumber.isBlank() && number != null) {
            return declaredNumber
                    .substring(0, Math.min(9, declaredNumber.length()))
                    .equals(siren());
        }
        return declaredName != null && declaredName.strip().equalsIgnoreCase(name);
    }
}
