package fr.vigie.platform.clock.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of a deadline computation: the last day of the period and every rule applied to
 * reach it, in order.
 *
 * <p>Why keep the steps: a deadline that a person cannot check is a deadline nobody trusts.
 * The steps let the screen say "3 months after 30 November 2025 ends on 28 February 2026
 * (the month has no 30th), a Saturday: rolled to Monday 2 March, Art. 3(4)".
 *
 * @param startEvent the day of the start event (or, for a period counted back, the later event)
 * @param lastDay    the last day of the period; the period expires at the end of it
 * @param steps      the rules applied, in order
 */
public record DeadlineComputation(LocalDate startEvent, LocalDate lastDay, List<DeadlineStep> steps) {

    public DeadlineComputation {
        Require.date(startEvent, "start event date");
        Require.date(lastDay, "last day");
        steps = List.copyOf(Require.present(steps, "steps"));
    }

    /**
     * The first day on which the deadline is missed. A period expires at the end of its last
     * day, so an act done on the last day is still on time.
     */
    public LocalDate breachedFrom() {
        return lastDay.plusDays(1);
    }

    /** True if {@code rule} was applied (e.g. to flag deadlines moved by Art. 3(4) in a report). */
    public boolean applied(ClockRule rule) {
        return steps.stream().anyMatch(step -> step.rule() == rule);
    }

    /** The default English explanation: one sentence per step, in order. */
    public String explanation() {
        return steps.stream()
                .map(step -> step.explanation() + " [" + step.legalReference() + "]")
                .collect(Collectors.joining("\n"));
    }
}
