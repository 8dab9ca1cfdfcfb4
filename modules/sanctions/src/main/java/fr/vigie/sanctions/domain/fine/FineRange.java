package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** A range of fines, bounds included, in euros to the cent: what the assistant proposes. */
public record FineRange(Money low, Money high) {

    public FineRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.isGreaterThan(high)) {
            throw new IllegalArgumentException("A range goes up: " + low + " to " + high);
        }
    }

    public static FineRange exactly(Money amount) {
        return new FineRange(amount, amount);
    }

    /** Each bound multiplied by a fraction of its own, rounded half-up to the cent. */
    FineRange times(BigDecimal lowFactor, BigDecimal highFactor) {
        return new FineRange(
                Money.euros(low.amount().multiply(lowFactor)),
                Money.euros(high.amount().multiply(highFactor)));
    }

    /** Both bounds multiplied by the same factor. */
    FineRange times(BigDecimal factor) {
        return times(factor, factor);
    }

    /** Neither bound above the cap. */
    FineRange cappedAt(Money cap) {
        return new FineRange(low.isGreaterThan(cap) ? cap : low, high.isGreaterThan(cap) ? cap : high);
    }

    public boolean contains(Money amount) {
        return !low.isGreaterThan(amount) && !amount.isGreaterThan(high);
    }

    @Override
    public String toString() {
        return low + " – " + high;
    }
}
