package fr.vigie.platform.api;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in a currency, to the cent: fees, fines, periodic penalties. Never a
 * floating-point number. Embedded with neutral column names ({@code amount}, {@code currency}):
 * a module maps them onto its own columns with {@code @AttributeOverride}. Limits that belong to
 * a rule (a fee's ceiling, a fine's legal cap) are checked by that rule, not here.
 */
@Embeddable
public class Money implements Comparable<Money> {
    public static final String EURO = "EUR";

    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "currency")
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * An amount typed by a person: not negative, at most two decimals, a known currency
     * (euros when none is given).
     *
     * @param field the input field named in a refusal ({@code money.amount.required},
     *              {@code money.amount.invalid}, {@code money.currency.invalid})
     */
    public static Money of(BigDecimal amount, String currency, String field) {
        return of(amount, currency, field, field);
    }

    /**
     * The same, for a form with a separate currency input: a bad currency is refused on
     * {@code currencyField}, so that the message lands on the input at fault.
     */
    public static Money of(BigDecimal amount, String currency, String field, String currencyField) {
        if (amount == null) {
            throw DomainException.onField(field, "money.amount.required");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField(field, "money.amount.invalid", amount.toPlainString());
        }
        String code =
                currency == null || currency.isBlank() ? EURO : currency.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw DomainException.onField(currencyField, "money.currency.invalid", code);
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), code);
    }

    /** An amount in euros computed by a rule (e.g. 4 % of a turnover), rounded half-up to the cent. */
    public static Money euros(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), EURO);
    }

    public static Money euros(long amount) {
        return euros(BigDecimal.valueOf(amount));
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Amounts in " + currency + " and " + other.currency + " do not mix");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0 && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
