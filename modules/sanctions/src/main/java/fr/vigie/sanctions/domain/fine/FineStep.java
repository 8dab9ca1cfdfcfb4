package fr.vigie.sanctions.domain.fine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One explained step of a fine calculation: what was done, in words the committee reads (a text
 * of the bundle {@value FineRuleException#BUNDLE} and its arguments), the range it leads to,
 * the source it follows and, where the method warns, a caution.
 *
 * @param cautionKey the key of a caution shown beside the step, or null
 */
public record FineStep(Kind kind, String key, List<Object> args, FineRange range, String source, String cautionKey) {

    /** The five steps of the EDPB Guidelines 04/2022, step 2 in two parts. */
    public enum Kind {
        /** Step 1: the infringements, their category and Art. 83(3). */
        CATEGORISATION(1),
        /** Step 2: the starting point from the seriousness. */
        SERIOUSNESS(2),
        /** Step 2: the starting point adjusted to the size of the undertaking. */
        TURNOVER(2),
        /** Step 3: one Art. 83(2) circumstance, aggravating or mitigating. */
        CIRCUMSTANCE(3),
        /** Step 4: the legal maximum. */
        LEGAL_MAXIMUM(4),
        /** Step 5: effectiveness, proportionality and dissuasiveness. */
        JUDGEMENT(5);

        private final int number;

        Kind(int number) {
            this.number = number;
        }

        public int number() {
            return number;
        }
    }

    public FineStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(source, "source");
        args = List.copyOf(args);
    }

    /** The number of the step in the guidelines' method (1 to 5). */
    public int number() {
        return kind.number();
    }

    /** What the step did, in the reader's language. */
    public String text(Locale locale) {
        return FineTexts.format(key, locale, args.toArray());
    }

    /** The method's caution about this step, if any, in the reader's language. */
    public Optional<String> caution(Locale locale) {
        return Optional.ofNullable(cautionKey).map(caution -> FineTexts.format(caution, locale, args.toArray()));
    }

    @Override
    public String toString() {
        return number() + ". " + text(Locale.ENGLISH) + " [" + source + "]";
    }
}
