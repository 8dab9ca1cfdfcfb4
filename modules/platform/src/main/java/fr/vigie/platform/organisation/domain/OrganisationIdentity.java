package fr.vigie.platform.organisation.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.Siren;
import fr.vigie.platform.api.organisation.Siret;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who an organisation is in the national register: SIREN (and head-office SIRET), name, legal form
 * (INSEE "catégorie juridique", 4 digits), NAF sector (e.g. {@code 62.01Z}) and country. A French
 * organisation has a SIREN; a foreign one has none. The identifiers are checked here, once, by the
 * kernel's {@link Siren} and {@link Siret}.
 */
@Embeddable
public class OrganisationIdentity {
    public static final int MAX_NAME = 300;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LEGAL_FORM = Pattern.compile("\\d{4}");
    /** NAF rev. 2 sub-class as INSEE writes it, e.g. 62.01Z. */
    private static final Pattern NAF = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");

    @Column(name = "siren")
    private String siren;

    @Column(name = "head_office_siret")
    private String headOfficeSiret;

    @Column(name = "name")
    private String name;

    @Column(name = "legal_form")
    private String legalForm;

    @Column(name = "naf")
    private String naf;

    @Column(name = "country", nullable = false)
    private String country;

    protected OrganisationIdentity() {
        // for JPA
    }

    private OrganisationIdentity(
            String siren, String headOfficeSiret, String name, String legalForm, String naf, String country) {
        this.siren = siren;
        this.headOfficeSiret = headOfficeSiret;
        this.name = name;
        this.legalForm = legalForm;
        this.naf = naf;
        this.country = country;
    }

    /**
     * An identity typed by a person; every field at fault is refused at once, each on its input
     * ({@code siren}, {@code siret}, {@code name}, {@code legalForm}, {@code naf}, {@code country}).
     */
    public static OrganisationIdentity of(
            String siren, String headOfficeSiret, String name, String legalForm, String naf, String country) {
        return of(siren, headOfficeSiret, name, legalForm, naf, country, true);
    }

    /**
     * The identity of a partly-public unit ({@code statutDiffusionUniteLegale = P}), whose personal
     * name is never kept: the same checks, without a name.
     */
    public static OrganisationIdentity withoutPublicName(
            String siren, String headOfficeSiret, String legalForm, String naf, String country) {
        return of(siren, headOfficeSiret, null, legalForm, naf, country, false);
    }

    private static OrganisationIdentity of(
            String siren,
            String headOfficeSiret,
            String name,
            String legalForm,
            String naf,
            String country,
            boolean nameRequired) {
        List<DomainException> refusals = new ArrayList<>();
        String countryCode = blank(country) ? "FR" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(countryCode).matches()) {
            refusals.add(DomainException.onField("country", "organisation.country.invalid", country));
        }
        String sirenValue = null;
        if (!blank(siren)) {
            try {
                sirenValue = Siren.parse(siren, "siren").value();
            } catch (DomainException e) {
                refusals.add(e);
            }
        } else if ("FR".equals(countryCode)) {
            refusals.add(DomainException.onField("siren", "organisation.siren.required"));
        }
        String siretValue = null;
        if (!blank(headOfficeSiret)) {
            try {
                Siret siret = Siret.parse(headOfficeSiret, "siret");
                if (sirenValue != null && !siret.siren().value().equals(sirenValue)) {
                    refusals.add(DomainException.onField(
                            "siret", "organisation.siret.otherUnit", siret.value(), sirenValue));
                }
                siretValue = siret.value();
            } catch (DomainException e) {
                refusals.add(e);
            }
        }
        String nameValue = blank(name) ? null : name.strip();
        if (nameValue == null && nameRequired) {
            refusals.add(DomainException.onField("name", "organisation.name.required"));
        } else if (nameValue != null && nameValue.length() > MAX_NAME) {
            refusals.add(DomainException.onField("name", "organisation.name.tooLong", MAX_NAME));
        }
        String legalFormValue = blank(legalForm) ? null : legalForm.strip();
        if (legalFormValue != null && !LEGAL_FORM.matcher(legalFormValue).matches()) {
            refusals.add(DomainException.onField("legalForm", "organisation.legalForm.invalid", legalForm));
        }
        String nafValue = blank(naf) ? null : naf.strip().toUpperCase(Locale.ROOT);
        if (nafValue != null && !NAF.matcher(nafValue).matches()) {
            refusals.add(DomainException.onField("naf", "organisation.naf.invalid", naf));
        }
        if (!refusals.isEmpty()) {
            throw DomainException.ofAll(refusals);
        }
        return new OrganisationIdentity(sirenValue, siretValue, nameValue, legalFormValue, nafValue, countryCode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String siren() {
        return siren;
    }

    public String headOfficeSiret() {
        return headOfficeSiret;
    }

    public String name() {
        return name;
    }

    public String legalForm() {
        return legalForm;
    }

    public String naf() {
        return naf;
    }

    public String country() {
        return country;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrganisationIdentity other
                && Objects.equals(siren, other.siren)
                && Objects.equals(headOfficeSiret, other.headOfficeSiret)
                && Objects.equals(name, other.name)
                && Objects.equals(legalForm, other.legalForm)
                && Objects.equals(naf, other.naf)
                && Objects.equals(country, other.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(siren, headOfficeSiret, name, legalForm, naf, country);
    }
}
