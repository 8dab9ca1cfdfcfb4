package fr.vigie.crossborder.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal clock an act of the case ends: the act the period waited for happened ({@code met}), or
 * the period no longer matters ({@code met == false}, stopped). The application layer ends the open
 * clocks of that policy on the case; a clock that was never started (older rules) is simply absent.
 *
 * @param policyCode the policy of the clocks to end
 * @param on         the day of the act
 * @param met        true when the awaited act happened, false when the period became moot
 */
public record ClockEnd(String policyCode, LocalDate on, boolean met) {
    public ClockEnd {
        Objects.requireNonNull(policyCode, "policyCode");
        Objects.requireNonNull(on, "on");
    }
}
