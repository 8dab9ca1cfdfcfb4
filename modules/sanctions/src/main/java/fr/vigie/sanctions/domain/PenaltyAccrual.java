package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /**
     * The days of delay from the day after the injunction's compliance date (or after the
     * {@code previous} accrual) up to {@code until}, which may not be before them nor after today.
     */
    static PenaltyAccrual following(
            Measure injunction, PenaltyAccrual previous, LocalDate until, boolean complied, LocalDate today) {
        LocalDate from = previous == null
                ? injunction.complianceOn().plusDays(1)
                : previous.to().plusDays(1);
        if (until == null || until.isBefore(from) || until.isAfter(today)) {
            throw SanctionsException.onField("until", "penalty.until.invalid", from);
        }
        long days = ChronoUnit.DAYS.between(from, until) + 1;
        return new PenaltyAccrual(from, until, days, injunction.penaltyPerDay().times(days), complied);
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
