package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One measure of a decision: a call to order, an injunction (with a periodic penalty per day of
 * delay after its compliance date), a limitation or suspension of processing, or a fine.
 */
@Embeddable
public class Measure {
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private MeasureType type;

    @Column(name = "description")
    private String description;

    @Column(name = "fine_amount")
    private BigDecimal fine;

    @Column(name = "penalty_per_day")
    private BigDecimal penaltyPerDay;

    @Column(name = "compliance_on")
    private LocalDate complianceOn;

    protected Measure() {
        // for JPA
    }

    private Measure(MeasureType type, String description, Money fine, Money penaltyPerDay, LocalDate complianceOn) {
        this.type = Objects.requireNonNull(type, "type");
        this.description = description == null ? null : description.strip();
        this.fine = fine == null ? null : fine.amount();
        this.penaltyPerDay = penaltyPerDay == null ? null : penaltyPerDay.amount();
        this.complianceOn = complianceOn;
    }

    public static Measure callToOrder(String description) {
        return new Measure(MeasureType.CALL_TO_ORDER, description, null, null, null);
    }

    /** An injunction to comply by {@code complianceOn}, with a periodic penalty per day of delay (may be null). */
    public static Measure injunction(String description, LocalDate complianceOn, Money penaltyPerDay) {
        if (complianceOn == null) {
            throw SanctionsException.onField("complianceOn", "measure.complianceOn.required");
        }
        return new Measure(MeasureType.INJUNCTION, description, null, penaltyPerDay, complianceOn);
    }

    public static Measure limitation(String description) {
        return new Measure(MeasureType.LIMITATION, description, null, null, null);
    }

    public static Measure suspension(String description) {
        return new Measure(MeasureType.SUSPENSION, description, null, null, null);
    }

    public static Measure fine(Money amount) {
        if (amount == null || amount.amount().signum() <= 0) {
            throw SanctionsException.onField("fine", "measure.fine.required");
        }
        return new Measure(MeasureType.FINE, null, amount, null, null);
    }

    public MeasureType type() {
        return type;
    }

    public String description() {
        return description;
    }

    public Money fine() {
        return fine == null ? null : Money.euros(fine);
    }

    public Money penaltyPerDay() {
        return penaltyPerDay == null ? null : Money.euros(penaltyPerDay);
    }

    public LocalDate complianceOn() {
        return complianceOn;
    }
}
