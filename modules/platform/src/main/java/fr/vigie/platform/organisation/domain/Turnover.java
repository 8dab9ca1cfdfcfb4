package fr.vigie.platform.organisation.domain;

import fr.vigie.platform.api.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;

/**
 * The worldwide annual turnover of one financial year, as recorded (GDPR Art. 83(4)-(6): the fine
 * cap uses the preceding financial year's).
 */
@Embeddable
public class Turnover {
    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false)),
        @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
    })
    private Money amount;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Turnover() {
        // for JPA
    }

    Turnover(int financialYear, Money amount, Instant recordedAt, String recordedBy) {
        this.financialYear = financialYear;
        this.amount = amount;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public int financialYear() {
        return financialYear;
    }

    public Money amount() {
        return amount;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
