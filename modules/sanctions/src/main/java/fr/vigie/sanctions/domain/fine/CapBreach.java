package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One lawful limit broken: which rule, the article it applies ({@code 83(5)}, {@code 22-1},
 * {@code 20}), the amount asked and the cap. {@link #toException()} turns it into the refusal on
 * the rule's field.
 *
 * @param fixedAmount for the GDPR caps, the fixed amount of the article (€10M or €20M); else the cap
 * @param percent     for the GDPR caps, the share of turnover (2 or 4); else zero
 */
public record CapBreach(CapRule rule, String article, Money amount, Money cap, Money fixedAmount, BigDecimal percent) {

    public CapBreach {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(fixedAmount, "fixedAmount");
        Objects.requireNonNull(percent, "percent");
    }

    /** The input field at fault: {@code fine} or {@code penaltyPerDay}. */
    public String field() {
        return rule.field();
    }

    /** The amount over the cap. */
    public BigDecimal excess() {
        return amount.amount().subtract(cap.amount());
    }

    /**
     * The refusal, on {@link #field()}, whose message names the article. Arguments: {0} the amount,
     * {1} the cap, {2} the article, {3} the fixed amount, {4} the percentage.
     */
    public FineRuleException toException() {
        return FineRuleException.onField(
                field(), rule.refusalKey(), amount.amount(), cap.amount(), article, fixedAmount.amount(), percent);
    }
}
