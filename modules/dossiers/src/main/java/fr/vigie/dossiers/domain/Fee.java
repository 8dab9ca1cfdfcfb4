package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fees the applicant is told to expect before the decision (Art. 62), and the applicant's
 * answer. Mapped to the dossier's {@code fee_amount}, {@code fee_currency} and {@code fee_accepted}
 * columns; while no estimate was given, the dossier holds {@link #none()}.
 */
@Embeddable
public class Fee {
    /** No fee estimate above this amount: a typing error, not a fee. */
    static final BigDecimal CEILING = new BigDecimal("100000000");

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "fee_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "fee_currency"))
    private Money estimate;

    /** Null: no answer yet (or no estimate); true: accepted. Declining an estimate is a withdrawal (Art. 62). */
    @Column(name = "fee_accepted")
    private Boolean accepted;

    protected Fee() {
        // for JPA
    }

    private Fee(Money estimate, Boolean accepted) {
        this.estimate = estimate;
        this.accepted = accepted;
    }

    public static Fee none() {
        return new Fee(null, null);
    }

    /** A new estimate, not answered yet; refuses an amount above the {@link #CEILING}. */
    static Fee estimated(Money estimate) {
        Objects.requireNonNull(estimate, "estimate");
        if (estimate.amount().compareTo(CEILING) > 0) {
            throw DossierException.onField(
                    "amount", "fee.amount.invalid", estimate.amount().toPlainString());
        }
        return new Fee(estimate, null);
    }

    /** The estimate, accepted by the applicant. */
    Fee acceptedEstimate() {
        return new Fee(estimate, Boolean.TRUE);
    }

    /** The estimate, or null when none was given. */
    public Money estimate() {
        return estimate;
    }

    /** Null: no answer yet (or no estimate); true: accepted. */
    public Boolean accepted() {
        return accepted;
    }
}
