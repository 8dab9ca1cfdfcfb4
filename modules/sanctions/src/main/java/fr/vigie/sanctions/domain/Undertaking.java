package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.organisation.OrganisationNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The organisation concerned, as the case keeps it until an organisation directory exists: its
 * name, SIREN or SIRET, the group (undertaking) it belongs to and the group's worldwide annual
 * turnover of a financial year. The fine cap uses the undertaking's turnover (CJEU C-383/23).
 * Whether the organisation is established abroad (outside France) sets its appeal period against
 * a decision (CJA art. R. 421-7: two more months); a French SIREN of its French branch may still be given.
 */
@Embeddable
public class Undertaking {
    @Column(name = "organisation_name", nullable = false)
    private String name;

    @Column(name = "organisation_number")
    private String number;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "turnover_amount")
    private BigDecimal turnoverAmount;

    @Column(name = "turnover_currency")
    private String turnoverCurrency;

    @Column(name = "turnover_year")
    private Integer turnoverYear;

    @Column(name = "established_abroad", nullable = false)
    private boolean establishedAbroad;

    protected Undertaking() {
        // for JPA
    }

    /**
     * @param number   SIREN or SIRET, checked; null for a foreign organisation
     * @param turnover the group's worldwide annual turnover, or null when not known (counts as none)
     * @param establishedAbroad the organisation is established outside France
     */
    public Undertaking(
            String name,
            String number,
            String groupName,
            Money turnover,
            Integer turnoverYear,
            boolean establishedAbroad) {
        if (name == null || name.isBlank()) {
            throw SanctionsException.onField("organisationName", "organisation.name.required");
        }
        if (turnover != null && turnoverYear == null) {
            throw SanctionsException.onField("turnoverYear", "organisation.turnoverYear.required");
        }
        this.name = name.strip();
        this.number = number == null || number.isBlank()
                ? null
                : OrganisationNumber.parse(number, "organisationNumber").value();
        this.groupName = groupName == null || groupName.isBlank() ? null : groupName.strip();
        this.turnoverAmount = turnover == null ? null : turnover.amount();
        this.turnoverCurrency = turnover == null ? null : turnover.currency();
        this.turnoverYear = turnover == null ? null : turnoverYear;
        this.establishedAbroad = establishedAbroad;
    }

    public String name() {
        return name;
    }

    public String number() {
        return number;
    }

    public String groupName() {
        return groupName;
    }

    /** The undertaking's turnover, or null when not known. */
    public Money turnover() {
        return turnoverAmount == null ? null : Money.of(turnoverAmount, turnoverCurrency, "turnover");
    }

    public Integer turnoverYear() {
        return turnoverYear;
    }

    /** True when the organisation is established outside France. */
    public boolean establishedAbroad() {
        return establishedAbroad;
    }

    /** The same undertaking with its name removed, for the published version after the anonymisation date. */
    Undertaking anonymised(String placeholder) {
        Undertaking copy = new Undertaking();
        copy.name = placeholder;
        copy.number = null;
        copy.groupName = null;
        copy.turnoverAmount = turnoverAmount;
        copy.turnoverCurrency = turnoverCurrency;
        copy.turnoverYear = turnoverYear;
        copy.establishedAbroad = establishedAbroad;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Undertaking other
                && Objects.equals(name, other.name)
                && Objects.equals(number, other.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, number);
    }
}
