package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Days of delay after an injunction's compliance date, and the periodic penalty they cost. */
@Embeddable
public class PenaltyAccrual {
    @Column(name = "from_day", nullable = false)
    private LocalDate from;

    @Column(name = "to_day", nullable = false)
    private LocalDate to;

    @Column(name = "days", nullable = false)
    private long days;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "complied", nullable = false)
    private boolean complied;

    protected PenaltyAccrual() {
        // for JPA
    }

    PenaltyAccrual(LocalDate from, LocalDate to, long days, Money amount, boolean complied) {
        this.from = from;
        this.to = to;
        this.days = days;
        this.amount = amount.amount();
        this.complied = complied;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public long days() {
        return days;
    }

    public Money amount() {
        return Money.euros(amount);
    }

    public boolean complied() {
        return complied;
    }
}
