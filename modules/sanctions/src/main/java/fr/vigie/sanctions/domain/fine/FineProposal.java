package fr.vigie.sanctions.domain.fine;

import fr.vigie.platform.api.Money;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the fine assistant proposes: a range of fines and every step that led to it. A proposal,
 * never a decision: the committee sets the fine, states its reasons, and the fine it sets is
 * checked by {@link FineCaps}.
 *
 * @param legalMaximum      the legal maximum of GDPR Art. 83(4) to (6) the starting points are taken from
 * @param judgementRecorded false while step 5 (effectiveness, proportionality, dissuasiveness) is not recorded
 */
public record FineProposal(
        FineCaps caps, Money legalMaximum, List<FineStep> steps, FineRange range, boolean judgementRecorded) {

    public FineProposal {
        Objects.requireNonNull(caps, "caps");
        Objects.requireNonNull(legalMaximum, "legalMaximum");
        Objects.requireNonNull(range, "range");
        steps = List.copyOf(steps);
    }

    /** The highest fine the procedure allows (the legal maximum, or €20,000 in the simplified procedure). */
    public Money cap() {
        return caps.fineCap();
    }

    /** The steps of one kind, in order (several for the circumstances). */
    public List<FineStep> steps(FineStep.Kind kind) {
        return steps.stream().filter(step -> step.kind() == kind).toList();
    }

    /** Every step, numbered, one a line, in the reader's language: for the decision's reasons. */
    public String explanation(Locale locale) {
        return steps.stream()
                .map(step -> step.number() + ". " + step.text(locale)
                        + step.caution(locale).map(c -> " (" + c + ")").orElse(""))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return "proposed " + range + (judgementRecorded ? "" : " (step 5 not recorded)") + "\n"
                + explanation(Locale.ENGLISH);
    }
}
