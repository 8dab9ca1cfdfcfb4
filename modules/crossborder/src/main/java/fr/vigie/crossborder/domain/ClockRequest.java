package fr.vigie.crossborder.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal clock an act of the case asks for: the platform policy and the day of its start event.
 * The aggregate decides which clocks its acts start (the rules depend on its opening date); the
 * application layer starts them with {@code LegalClocks.start} in the act's transaction.
 *
 * @param policyCode a code of the platform's catalogue, as {@code CrossBorderRules} names it
 * @param startEvent the day of the start event (not counted)
 */
public record ClockRequest(String policyCode, LocalDate startEvent) {
    public ClockRequest {
        Objects.requireNonNull(policyCode, "policyCode");
        Objects.requireNonNull(startEvent, "startEvent");
    }
}
