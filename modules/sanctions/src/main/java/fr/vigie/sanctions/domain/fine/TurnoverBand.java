package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One band of undertakings by worldwide annual turnover: turnovers above {@code above} (zero for
 * the first band) up to {@code upTo} included (none for the last, open band), and the share of
 * the starting amount the calculation continues from (EDPB Guidelines 04/2022, § 65).
 */
public record TurnoverBand(Money above, Money upTo, PercentRange share) {

    public TurnoverBand {
        Objects.requireNonNull(above, "above");
        Objects.requireNonNull(share, "share");
        if (upTo != null && !upTo.isGreaterThan(above)) {
            throw new IllegalArgumentException("A turnover band ends above where it starts: " + above + " to " + upTo);
        }
    }

    public Optional<Money> upperBound() {
        return Optional.ofNullable(upTo);
    }

    public boolean isFirst() {
        return above.amount().signum() == 0;
    }

    public boolean isOpen() {
        return upTo == null;
    }

    boolean holds(Money turnover) {
        boolean overLower = isFirst() ? turnover.amount().signum() >= 0 : turnover.isGreaterThan(above);
        return overLower && (upTo == null || !turnover.isGreaterThan(upTo));
    }

    @Override
    public String toString() {
        return (isFirst() ? "up to " + upTo : "above " + above + (upTo == null ? "" : " up to " + upTo)) + ": " + share;
    }
}
