package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The compliance period a formal notice gives, chosen for the case: at least 10 days (décret
 * 2019-536 art. 38), 3 months by default (policy {@code FORMAL_NOTICE_COMPLIANCE}).
 */
@Embeddable
public class CompliancePeriod {
    /** Décret art. 38: the period may not be shorter than 10 days. */
    public static final int MINIMUM_DAYS = 10;

    @Column(name = "period_amount", nullable = false)
    private int amount;

    @Column(name = "period_unit", nullable = false)
    private String unit;

    protected CompliancePeriod() {
        // for JPA
    }

    /**
     * @param unit {@code days} or {@code months}
     */
    public CompliancePeriod(int amount, String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (!u.equals("days") && !u.equals("months")) {
            throw SanctionsException.onField("periodUnit", "notice.period.unit", unit);
        }
        if (amount < 1 || u.equals("days") && amount < MINIMUM_DAYS) {
            throw SanctionsException.onField("periodAmount", "notice.period.tooShort", MINIMUM_DAYS);
        }
        if (u.equals("months") && amount > 24 || u.equals("days") && amount > 730) {
            throw SanctionsException.onField("periodAmount", "notice.period.tooLong");
        }
        this.amount = amount;
        this.unit = u;
    }

    /** The default: 3 months. */
    public static CompliancePeriod byDefault() {
        return new CompliancePeriod(3, "months");
    }

    public int amount() {
        return amount;
    }

    public String unit() {
        return unit;
    }

    /** The last day to comply when the notice is notified on {@code start} (the start day not counted). */
    public LocalDate dueFrom(LocalDate start) {
        return unit.equals("days") ? start.plusDays(amount) : start.plusMonths(amount);
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
