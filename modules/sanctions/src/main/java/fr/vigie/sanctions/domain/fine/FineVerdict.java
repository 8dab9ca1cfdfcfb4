package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caps say about a proposed fine and periodic penalty: accepted or refused, the caps
 * that applied and every limit broken, each on its field, so that a page puts each message on
 * the right input.
 */
public record FineVerdict(Outcome outcome, Money fineCap, Money penaltyPerDayCap, List<CapBreach> breaches) {

    /** The two outcomes, spelt as in {@code fine-cases.csv}. */
    public enum Outcome {
        ACCEPTED,
        REFUSED
    }

    public FineVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fineCap, "fineCap");
        Objects.requireNonNull(penaltyPerDayCap, "penaltyPerDayCap");
        breaches = List.copyOf(breaches);
        if ((outcome == Outcome.ACCEPTED) != breaches.isEmpty()) {
            throw new IllegalArgumentException("A verdict is refused exactly when a limit is broken");
        }
    }

    static FineVerdict of(Money fineCap, Money penaltyPerDayCap, List<CapBreach> breaches) {
        return new FineVerdict(
                breaches.isEmpty() ? Outcome.ACCEPTED : Outcome.REFUSED, fineCap, penaltyPerDayCap, breaches);
    }

    public boolean isAccepted() {
        return outcome == Outcome.ACCEPTED;
    }

    /** The fine's limit broken, if any (GDPR Art. 83(3) to (6) or loi 78-17 art. 22-1). */
    public Optional<CapBreach> fineBreach() {
        return breachOn(FineCaps.FINE);
    }

    /** The periodic penalty's limit broken, if any (loi 78-17 art. 20 or 22-1). */
    public Optional<CapBreach> penaltyBreach() {
        return breachOn(FineCaps.PENALTY_PER_DAY);
    }

    public Optional<CapBreach> breachOn(String field) {
        return breaches.stream().filter(breach -> breach.field().equals(field)).findFirst();
    }

    /** One refusal per broken limit, each on its field (for a page showing them all at once). */
    public List<FineRuleException> refusals() {
        return breaches.stream().map(CapBreach::toException).toList();
    }

    /**
     * For services: does nothing when accepted, else throws the first refusal (the fine's before
     * the penalty's).
     *
     * @throws FineRuleException on {@code fine} or {@code penaltyPerDay}, naming the article
     */
    public void orThrow() {
        if (!breaches.isEmpty()) {
            throw breaches.get(0).toException();
        }
    }
}
