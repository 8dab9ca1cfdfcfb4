package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency (fees, Art. 62). Two decimals; never a floating-point number. */
@Embeddable
public class Money {
    static final BigDecimal MAX = new BigDecimal("100000000");

    @Column(name = "fee_amount")
    private BigDecimal amount;

    @Column(name = "fee_currency")
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** @param field the input field named in a refusal */
    public static Money of(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw DossierException.onField(field, "fee.amount.required");
        }
        if (amount.signum() < 0 || amount.compareTo(MAX) > 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw DossierException.onField(field, "fee.amount.invalid", amount.toPlainString());
        }
        String code = currency == null || currency.isBlank() ? "EUR" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw DossierException.onField("currency", "fee.currency.invalid", code);
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), code);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
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
