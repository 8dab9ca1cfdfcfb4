package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The total worldwide annual turnover of the <em>undertaking</em> in a financial year: the whole
 * group the organisation belongs to, not the legal entity alone (GDPR recital 150; CJEU,
 * 13 February 2025, ILVA, C-383/23). The fine caps use the turnover of the financial year
 * preceding the decision (Art. 83(4) to (6)); the organisation's record gives both figures.
 * A turnover that is not known counts as none: the fixed amounts of the caps apply.
 */
public final class Turnover {
    private static final Turnover UNKNOWN = new Turnover(null, null);

    private final Money amount;
    private final Year financialYear;

    private Turnover(Money amount, Year financialYear) {
        this.amount = amount;
        this.financialYear = financialYear;
    }

    /** No turnover is known (a public body, an undertaking that gave no accounts): counts as none. */
    public static Turnover unknown() {
        return UNKNOWN;
    }

    /**
     * The undertaking's turnover of a financial year, in euros.
     *
     * @param financialYear the year the accounts close in; may be null when the record does not say
     * @throws FineRuleException {@code turnover.currency} on {@code turnover} for another currency
     */
    public static Turnover of(Money amount, Year financialYear) {
        Objects.requireNonNull(amount, "amount");
        if (!Money.EURO.equals(amount.currency())) {
            throw FineRuleException.onField("turnover", "turnover.currency", amount.currency());
        }
        return new Turnover(amount, financialYear);
    }

    /**
     * A turnover typed or read as a number of euros; null means not known.
     *
     * @throws fr.vigie.platform.api.DomainException {@code money.amount.invalid} on {@code turnover}
     *                                               for a negative amount or one finer than the cent
     */
    public static Turnover euros(BigDecimal amount, Year financialYear) {
        return amount == null ? unknown() : of(Money.of(amount, Money.EURO, "turnover"), financialYear);
    }

    public boolean isKnown() {
        return amount != null;
    }

    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /** The amount, zero when it is not known (the rule the caps follow). */
    public Money amountOrZero() {
        return amount == null ? Money.euros(0) : amount;
    }

    public Optional<Year> financialYear() {
        return Optional.ofNullable(financialYear);
    }

    /**
     * Whether this is the turnover of the financial year preceding a decision taken in
     * {@code decisionYear}, the one the caps name (Art. 83(4) to (6)); false when the year is not
     * known. The decision page warns when it is not, the committee may still decide.
     */
    public boolean isOfTheYearBefore(Year decisionYear) {
        return financialYear != null && decisionYear != null && financialYear.equals(decisionYear.minusYears(1));
    }

    /**
     * A percentage of the turnover, computed in euros and rounded half-up to the cent (as
     * {@link Money#euros(BigDecimal)} does): 2 % of €1,234,567,891 is €24,691,357.82.
     */
    public Money percent(BigDecimal percent) {
        return Money.euros(amountOrZero().amount().multiply(percent).movePointLeft(2));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Turnover other
                && Objects.equals(amount, other.amount)
                && Objects.equals(financialYear, other.financialYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, financialYear);
    }

    @Override
    public String toString() {
        return amount == null
                ? "turnover unknown"
                : amount + (financialYear == null ? "" : " (financial year " + financialYear + ")");
    }
}
