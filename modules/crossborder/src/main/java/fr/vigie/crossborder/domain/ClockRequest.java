package fr.vigie.crossborder.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal clock an act of the case asks for: the platform policy and the day of its start event.
 * The aggregate decides which clocks its acts start (the rules depend on its opening date); the
 * application layer starts them with {@code LegalClocks.start} in the act's transaction.
 *
 * @param policyCode    a code of the platform's catalogue, as {@code CrossBorderRules} names it
 * @param startEvent    the day of the start event (not counted); the act's day when {@code afterPeriodOf} is set
 * @param afterPeriodOf null, or the policy of a clock the same act starts: this one then starts on the
 *                      last day of that period (Art. 21(1): "one month from the end of" the Art. 60(4)
 *                      period), which only the platform's engine computes
 */
public record ClockRequest(String policyCode, LocalDate startEvent, String afterPeriodOf) {
    public ClockRequest {
        Objects.requireNonNull(policyCode, "policyCode");
        Objects.requireNonNull(startEvent, "startEvent");
    }

    public ClockRequest(String policyCode, LocalDate startEvent) {
        this(policyCode, startEvent, null);
    }
}
