package fr.vigie.sanctions.domain.fine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A range of percentages, bounds included: a band of starting points (10 % to 20 % of the legal
 * maximum) or a turnover adjustment (0.3 % to 2 % of the starting amount).
 */
public record PercentRange(BigDecimal from, BigDecimal to) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public PercentRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.signum() < 0 || from.compareTo(to) > 0) {
            throw new IllegalArgumentException("A percentage range goes up from zero: " + from + " to " + to);
        }
    }

    public static PercentRange of(String from, String to) {
        return new PercentRange(new BigDecimal(from), new BigDecimal(to));
    }

    /**
     * A range typed by a person, refused on {@code field} when it is not a range of percentages
     * ({@code assistant.percentRange.invalid}).
     */
    public static PercentRange typed(BigDecimal from, BigDecimal to, String field) {
        if (from == null || to == null || from.signum() < 0 || from.compareTo(to) > 0 || to.compareTo(HUNDRED) > 0) {
            throw FineRuleException.onField(field, "assistant.percentRange.invalid", from, to);
        }
        return new PercentRange(from, to);
    }

    public boolean contains(PercentRange other) {
        return from.compareTo(other.from) <= 0 && to.compareTo(other.to) >= 0;
    }

    /** The lower bound as a fraction: 10 % is 0.10. */
    BigDecimal fromFraction() {
        return from.movePointLeft(2);
    }

    /** The upper bound as a fraction. */
    BigDecimal toFraction() {
        return to.movePointLeft(2);
    }

    @Override
    public String toString() {
        return from.toPlainString() + "–" + to.toPlainString() + " %";
    }
}
